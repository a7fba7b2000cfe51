using System;
using System.Globalization;
using System.Text.Json.Nodes;

namespace JiraAuth.FakeJira.Data
{
    internal static class AgileShapes
    {
        public static JsonObject Sprint(Links links, SprintRecord sprint)
        {
            var json = new JsonObject
            {
                ["id"] = sprint.Id,
                ["self"] = links.Agile("sprint/" + sprint.Id.ToString(CultureInfo.InvariantCulture)),
                ["state"] = sprint.State,
                ["name"] = sprint.Name,
            };
            if (sprint.State != "future")
            {
                json["startDate"] = Iso(sprint.StartDate);
                json["endDate"] = Iso(sprint.EndDate);
            }
            if (sprint.CompleteDate.HasValue)
            {
                json["completeDate"] = Iso(sprint.CompleteDate.Value);
            }
            json["originBoardId"] = sprint.OriginBoardId;
            json["goal"] = sprint.Goal;
            return json;
        }

        public static JsonObject Board(Links links, BoardRecord board) => new JsonObject
        {
            ["id"] = board.Id,
            ["self"] = links.Agile("board/" + board.Id.ToString(CultureInfo.InvariantCulture)),
            ["name"] = board.Name,
            ["type"] = board.Type,
            ["location"] = new JsonObject
            {
                ["projectId"] = long.Parse(board.Project.Id, CultureInfo.InvariantCulture),
                ["displayName"] = $"{board.Project.Name} ({board.Project.Key})",
                ["projectName"] = board.Project.Name,
                ["projectKey"] = board.Project.Key,
                ["projectTypeKey"] = board.Project.ProjectTypeKey,
                ["avatarURI"] = $"/secure/projectavatar?size=small&s=small&pid={board.Project.Id}&avatarId=10419",
                ["name"] = $"{board.Project.Name} ({board.Project.Key})",
            },
        };

        // The Agile API uses ISO 8601 with a 'Z', unlike the platform API's +0000 form.
        private static string Iso(DateTimeOffset value) =>
            value.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss.fff'Z'", CultureInfo.InvariantCulture);
    }
}
