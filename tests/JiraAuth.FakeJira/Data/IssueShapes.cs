using System;
using System.Globalization;
using System.Text.Json.Nodes;

namespace JiraAuth.FakeJira.Data
{
    internal static class IssueShapes
    {
        public const string IssueExpand = "renderedFields,names,schema,operations,editmeta,changelog,versionedRepresentations";

        public static JsonObject Issue(Links links, IssueRecord issue, ProjectRecord project, FieldSelection selection, string expand)
        {
            if (selection.IsIdOnly)
            {
                // /search/jql with its default fields=id gives nothing but the id.
                return new JsonObject { ["id"] = issue.Id };
            }
            var json = new JsonObject
            {
                ["expand"] = expand,
                ["id"] = issue.Id,
                ["self"] = links.Api("issue/" + issue.Id),
                ["key"] = issue.Key,
            };
            if (!selection.WantsKeyOnly)
            {
                json["fields"] = Fields(links, issue, project, selection);
            }
            return json;
        }

        private static JsonObject Fields(Links links, IssueRecord issue, ProjectRecord project, FieldSelection selection)
        {
            var fields = new JsonObject();
            void Add(string name, Func<JsonNode> value)
            {
                if (selection.Includes(name)) { fields[name] = value(); }
            }
            Add("summary", () => issue.Summary);
            Add("issuetype", () => IssueType(links, issue.IssueTypeName));
            Add("project", () => ProjectShapes.Embedded(links, project));
            Add("status", () => Status(links, issue.StatusName));
            Add("priority", () => new JsonObject
            {
                ["self"] = links.Api("priority/3"),
                ["iconUrl"] = links.Site("images/icons/priorities/medium.svg"),
                ["name"] = "Medium",
                ["id"] = "3",
            });
            Add("created", () => JiraDates.Format(issue.Created));
            Add("updated", () => JiraDates.Format(issue.Updated));
            Add("assignee", () => issue.Assignee == null ? null : UserShapes.DirectoryUser(links, issue.Assignee));
            Add("reporter", () => issue.Reporter == null ? null : UserShapes.DirectoryUser(links, issue.Reporter));
            Add("labels", () =>
            {
                var labels = new JsonArray();
                foreach (string label in issue.Labels) { labels.Add(label); }
                return labels;
            });
            Add("description", () => issue.FormattedDescription != null ? issue.FormattedDescription.For(links)
                : issue.Description == null ? null : Text(links, issue.Description));
            Add("resolution", () => null);
            Add("customfield_10010", () => JsonValue.Create(issue.StoryPoints));
            Add("customfield_10011", () => issue.BigNumber == null ? null : JsonNode.Parse(issue.BigNumber));
            return fields;
        }

        /// <summary>v3 speaks Atlassian Document Format; v2 and Data Center speak plain wiki text.</summary>
        public static JsonNode Text(Links links, string text)
        {
            if (!links.UsesAdf)
            {
                return text;
            }
            return new JsonObject
            {
                ["type"] = "doc",
                ["version"] = 1,
                ["content"] = new JsonArray(new JsonObject
                {
                    ["type"] = "paragraph",
                    ["content"] = new JsonArray(new JsonObject { ["type"] = "text", ["text"] = text }),
                }),
            };
        }

        private static JsonObject IssueType(Links links, string name)
        {
            string id = name == "Bug" ? "10004" : name == "Story" ? "10001" : "10002";
            return new JsonObject
            {
                ["self"] = links.Api("issuetype/" + id),
                ["id"] = id,
                ["description"] = name == "Bug" ? "A problem or error." : "Functionality or a feature expressed as a user goal.",
                ["iconUrl"] = links.Site($"secure/viewavatar?size=medium&avatarId=10315&avatarType=issuetype"),
                ["name"] = name,
                ["subtask"] = false,
                ["avatarId"] = 10315,
                ["hierarchyLevel"] = 0,
            };
        }

        private static JsonObject Status(Links links, string name)
        {
            (string id, int categoryId, string categoryKey, string colour) = name switch
            {
                "Done" => ("10002", 3, "done", "green"),
                "In Progress" => ("3", 4, "indeterminate", "yellow"),
                _ => ("10000", 2, "new", "blue-gray"),
            };
            return new JsonObject
            {
                ["self"] = links.Api("status/" + id),
                ["description"] = "",
                ["iconUrl"] = links.Site(""),
                ["name"] = name,
                ["id"] = id,
                ["statusCategory"] = new JsonObject
                {
                    ["self"] = links.Api("statuscategory/" + categoryId.ToString(CultureInfo.InvariantCulture)),
                    ["id"] = categoryId,
                    ["key"] = categoryKey,
                    ["colorName"] = colour,
                    ["name"] = name == "Done" ? "Done" : name == "In Progress" ? "In Progress" : "To Do",
                },
            };
        }
    }
}
