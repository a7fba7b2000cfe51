namespace JiraAuth { internal static class Placeholder { } }
