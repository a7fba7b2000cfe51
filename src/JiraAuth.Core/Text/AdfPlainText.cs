using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using Newtonsoft.Json.Linq;

namespace JiraAuth.Core.Text
{
    /// <summary>
    /// Reads an Atlassian Document Format body (what Jira Cloud's v3 API returns for descriptions and comments) as plain text for
    /// the console: paragraphs and headings as lines, lists with "- " or "1. ", tables as "a | b" rows, mentions, emoji, dates and
    /// statuses as their text. Node types are those of https://developer.atlassian.com/cloud/jira/platform/apis/document/structure/;
    /// an unknown node shows the text inside it.
    /// </summary>
    internal static class AdfPlainText
    {
        // ADF from Jira is a few levels deep; a body nested deeper than this is shown only down to this level.
        private const int MaxDepth = 64;

        /// <summary>True for an ADF document: an object with type "doc" and a content array.</summary>
        public static bool IsDocument(JToken token) =>
            token is JObject node && (string)node["type"] == "doc" && node["content"] is JArray;

        public static string Convert(JToken document)
        {
            if (document == null || document.Type == JTokenType.Null) return null;
            if (document.Type == JTokenType.String) return (string)document;
            var lines = new List<string>();
            Block(document, lines, 0);
            return Tidy(lines);
        }

        private static void Block(JToken node, List<string> lines, int depth)
        {
            if (depth > MaxDepth || !(node is JObject)) return;
            switch ((string)node["type"])
            {
                case "paragraph":
                case "heading":
                case "codeBlock":
                    lines.AddRange(Inline(node, depth).Split('\n'));
                    lines.Add(string.Empty);
                    break;
                case "bulletList":
                case "decisionList":
                    foreach (var item in Children(node)) ListItem(item, "- ", lines, depth);
                    lines.Add(string.Empty);
                    break;
                case "orderedList":
                    var number = (int?)node["attrs"]?["order"] ?? 1;
                    foreach (var item in Children(node)) ListItem(item, (number++).ToString(CultureInfo.InvariantCulture) + ". ", lines, depth);
                    lines.Add(string.Empty);
                    break;
                case "taskList":
                    foreach (var item in Children(node)) ListItem(item, (string)item["attrs"]?["state"] == "DONE" ? "[x] " : "[ ] ", lines, depth);
                    lines.Add(string.Empty);
                    break;
                case "table":
                    foreach (var row in Children(node)) lines.Add(string.Join(" | ", Children(row).Select(cell => CellText(cell, depth))));
                    lines.Add(string.Empty);
                    break;
                case "rule":
                    lines.Add("----");
                    break;
                case "expand":
                case "nestedExpand":
                    var title = (string)node["attrs"]?["title"];
                    if (!string.IsNullOrEmpty(title)) lines.Add(title);
                    foreach (var child in Children(node)) Block(child, lines, depth + 1);
                    break;
                case "media":
                    lines.Add("[attachment" + Suffix((string)node["attrs"]?["alt"]) + "]");
                    break;
                case "blockCard":
                case "embedCard":
                    lines.Add((string)node["attrs"]?["url"] ?? string.Empty);
                    break;
                default:
                    // doc, blockquote, panel, mediaSingle, layouts, list items and anything newer: what is inside them.
                    if (node["content"] is JArray) foreach (var child in Children(node)) Block(child, lines, depth + 1);
                    else lines.Add(InlineNode(node, depth));
                    break;
            }
        }

        private static void ListItem(JToken item, string marker, List<string> lines, int depth)
        {
            var inner = new List<string>();
            // A task item holds its text inline; a list item holds paragraphs and nested lists.
            if ((string)item["type"] == "taskItem" || (string)item["type"] == "decisionItem") inner.AddRange(Inline(item, depth).Split('\n'));
            else foreach (var child in Children(item)) Block(child, inner, depth + 2);
            var content = inner.Where(line => line.Length > 0).ToList();
            if (content.Count == 0) content.Add(string.Empty);
            var indent = new string(' ', marker.Length);
            for (var i = 0; i < content.Count; i++) lines.Add((i == 0 ? marker : indent) + content[i]);
        }

        private static string CellText(JToken cell, int depth)
        {
            var inner = new List<string>();
            foreach (var child in Children(cell)) Block(child, inner, depth + 2);
            return string.Join(" ", inner.Where(line => line.Length > 0));
        }

        private static string Inline(JToken node, int depth)
        {
            if (depth > MaxDepth) return string.Empty;
            return string.Concat(Children(node).Select(child => InlineNode(child, depth + 1)));
        }

        private static string InlineNode(JToken node, int depth)
        {
            var attrs = node["attrs"];
            switch ((string)node["type"])
            {
                case "text":
                    return (string)node["text"] ?? string.Empty;
                case "hardBreak":
                    return "\n";
                case "mention":
                    var mention = (string)attrs?["text"] ?? string.Empty;
                    return mention.StartsWith("@", StringComparison.Ordinal) ? mention : "@" + mention;
                case "emoji":
                    return (string)attrs?["text"] ?? (string)attrs?["shortName"] ?? string.Empty;
                case "date":
                    return long.TryParse((string)attrs?["timestamp"], NumberStyles.Integer, CultureInfo.InvariantCulture, out var ms)
                        ? DateTimeOffset.FromUnixTimeMilliseconds(ms).UtcDateTime.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) : string.Empty;
                case "status":
                    return "[" + ((string)attrs?["text"] ?? string.Empty) + "]";
                case "inlineCard":
                    return (string)attrs?["url"] ?? string.Empty;
                case "placeholder":
                    return (string)attrs?["text"] ?? string.Empty;
                default:
                    return node["content"] is JArray ? Inline(node, depth) : (string)node["text"] ?? string.Empty;
            }
        }

        private static IEnumerable<JToken> Children(JToken node) => node["content"] as JArray ?? Enumerable.Empty<JToken>();

        private static string Suffix(string text) => string.IsNullOrEmpty(text) ? string.Empty : ": " + text;

        // One blank line at most between blocks, none at either end.
        internal static string Tidy(IEnumerable<string> lines)
        {
            var kept = new List<string>();
            foreach (var line in lines.Select(l => l.TrimEnd()))
            {
                if (line.Length == 0 && (kept.Count == 0 || kept[kept.Count - 1].Length == 0)) continue;
                kept.Add(line);
            }
            while (kept.Count > 0 && kept[kept.Count - 1].Length == 0) kept.RemoveAt(kept.Count - 1);
            return string.Join("\n", kept);
        }
    }
}
