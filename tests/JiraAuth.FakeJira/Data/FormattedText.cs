using System;
using System.Text.Json.Nodes;

namespace JiraAuth.FakeJira.Data
{
    /// <summary>
    /// Rich text held in both of Jira's forms, as a real site renders one description: wiki markup for v2 and Data Center,
    /// Atlassian Document Format for Cloud's v3. Both say the same, so a client's plain text is the same from either.
    /// </summary>
    internal sealed class FormattedText
    {
        public FormattedText(string wikiMarkup, Func<JsonNode> document)
        {
            WikiMarkup = wikiMarkup;
            Document = document;
        }

        public string WikiMarkup { get; }

        /// <summary>A fresh ADF tree each time (a JsonNode has one parent).</summary>
        public Func<JsonNode> Document { get; }

        public JsonNode For(Links links) => links.UsesAdf ? Document() : WikiMarkup;

        /// <summary>"Release checklist": a heading, a paragraph with bold text, a bullet list with inline code.</summary>
        public static FormattedText ReleaseChecklist() => new FormattedText(
            "h2. Release checklist\n\nShip *only* after the tests pass.\n\n* Build the module\n* Run {{.ci/run}}",
            () => new JsonObject
            {
                ["type"] = "doc",
                ["version"] = 1,
                ["content"] = new JsonArray(
                    new JsonObject
                    {
                        ["type"] = "heading",
                        ["attrs"] = new JsonObject { ["level"] = 2 },
                        ["content"] = new JsonArray(Text("Release checklist")),
                    },
                    new JsonObject
                    {
                        ["type"] = "paragraph",
                        ["content"] = new JsonArray(Text("Ship "), Text("only", "strong"), Text(" after the tests pass.")),
                    },
                    new JsonObject
                    {
                        ["type"] = "bulletList",
                        ["content"] = new JsonArray(ListItem(Text("Build the module")), ListItem(Text("Run "), Text(".ci/run", "code"))),
                    }),
            });

        private static JsonObject Text(string text, string mark = null)
        {
            var node = new JsonObject { ["type"] = "text", ["text"] = text };
            if (mark != null)
            {
                node["marks"] = new JsonArray(new JsonObject { ["type"] = mark });
            }
            return node;
        }

        private static JsonObject ListItem(params JsonNode[] inline) => new JsonObject
        {
            ["type"] = "listItem",
            ["content"] = new JsonArray(new JsonObject { ["type"] = "paragraph", ["content"] = new JsonArray(inline) }),
        };
    }
}
