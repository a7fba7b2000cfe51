namespace JiraAuth.Core.Entities
{
    /// <summary>
    /// What each kind of Jira object must look like to be named as one. The endpoint says what to expect; the shape has to
    /// agree, so an error body, a page wrapper or a trimmed answer (search/jql's default fields=id) keeps its plain type.
    /// Shapes follow the schemas of Jira's REST APIs: https://developer.atlassian.com/cloud/jira/platform/rest/v3/ and
    /// https://developer.atlassian.com/cloud/jira/software/rest/.
    /// </summary>
    internal static class EntityShapes
    {
        public static bool Matches(JiraEntityKind kind, object item, IObjectShapeReader reader)
        {
            switch (kind)
            {
                case JiraEntityKind.Issue:
                    return Has<string>(item, "key", reader) && IsObject(item, "fields", reader);
                case JiraEntityKind.Project:
                    return Has<string>(item, "key", reader) && Has<string>(item, "name", reader) && !reader.TryGetProperty(item, "fields", out _);
                case JiraEntityKind.User:
                    // Cloud users have an accountId; Data Center users a name (their login) and no accountId.
                    return Has<string>(item, "displayName", reader) && (Has<string>(item, "accountId", reader) || Has<string>(item, "name", reader));
                case JiraEntityKind.Board:
                    return Has<long>(item, "id", reader) && Has<string>(item, "name", reader) && Has<string>(item, "type", reader);
                case JiraEntityKind.Sprint:
                    return Has<long>(item, "id", reader) && Has<string>(item, "name", reader) && Has<string>(item, "state", reader);
                case JiraEntityKind.Field:
                    return Has<string>(item, "id", reader) && Has<string>(item, "name", reader)
                        && (reader.TryGetProperty(item, "schema", out _) || reader.TryGetProperty(item, "custom", out _)
                            || reader.TryGetProperty(item, "clauseNames", out _));
                case JiraEntityKind.Comment:
                    return Has<string>(item, "id", reader) && reader.TryGetProperty(item, "body", out _) && reader.TryGetProperty(item, "created", out _);
                default:
                    return false;
            }
        }

        private static bool Has<T>(object item, string name, IObjectShapeReader reader) => reader.TryGetProperty(item, name, out var value) && value is T;

        private static bool IsObject(object item, string name, IObjectShapeReader reader) =>
            reader.TryGetProperty(item, name, out var value) && reader.IsObject(value);
    }
}
