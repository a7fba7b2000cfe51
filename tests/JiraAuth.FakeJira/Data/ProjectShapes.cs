using System.Text.Json.Nodes;

namespace JiraAuth.FakeJira.Data
{
    internal static class ProjectShapes
    {
        public static JsonObject Avatars(Links links, ProjectRecord project) => new JsonObject
        {
            ["48x48"] = links.Site($"secure/projectavatar?pid={project.Id}&avatarId=10419"),
            ["24x24"] = links.Site($"secure/projectavatar?size=small&s=small&pid={project.Id}&avatarId=10419"),
            ["16x16"] = links.Site($"secure/projectavatar?size=xsmall&s=xsmall&pid={project.Id}&avatarId=10419"),
            ["32x32"] = links.Site($"secure/projectavatar?size=medium&s=medium&pid={project.Id}&avatarId=10419"),
        };

        /// <summary>The project entry of project/search (spec example + the fields Cloud adds).</summary>
        public static JsonObject Full(Links links, ProjectRecord project) => new JsonObject
        {
            ["expand"] = "description,lead,issueTypes,url,projectKeys,permissions,insight",
            ["self"] = links.Api("project/" + project.Id),
            ["id"] = project.Id,
            ["key"] = project.Key,
            ["name"] = project.Name,
            ["avatarUrls"] = Avatars(links, project),
            ["projectTypeKey"] = project.ProjectTypeKey,
            ["simplified"] = project.Simplified,
            ["style"] = project.Simplified ? "next-gen" : "classic",
            ["isPrivate"] = false,
            ["properties"] = new JsonObject(),
            ["entityId"] = project.Uuid,
            ["uuid"] = project.Uuid,
        };

        /// <summary>The abbreviated project embedded in an issue's fields.</summary>
        public static JsonObject Embedded(Links links, ProjectRecord project) => new JsonObject
        {
            ["self"] = links.Api("project/" + project.Id),
            ["id"] = project.Id,
            ["key"] = project.Key,
            ["name"] = project.Name,
            ["projectTypeKey"] = project.ProjectTypeKey,
            ["simplified"] = project.Simplified,
            ["avatarUrls"] = Avatars(links, project),
        };
    }
}
