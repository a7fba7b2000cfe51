using System;
using System.Text.Json.Nodes;
using JiraAuth.FakeJira.Auth;

namespace JiraAuth.FakeJira.Data
{
    internal static class UserShapes
    {
        private const string AvatarCdn = "https://avatar-management--avatars.us-west-2.prod.public.atl-paas.net/initials/";

        public static JsonObject CloudAvatars(string displayName)
        {
            string initials = Initials(displayName);
            var avatars = new JsonObject();
            foreach (int size in new[] { 48, 24, 16, 32 })
            {
                avatars[$"{size}x{size}"] = $"{AvatarCdn}{initials}-3.png?size={size}&s={size}";
            }
            return avatars;
        }

        public static JsonObject DirectoryUser(Links links, DirectoryUser user)
        {
            var json = new JsonObject
            {
                ["self"] = links.Api("user?accountId=" + Uri.EscapeDataString(user.AccountId)),
                ["accountId"] = user.AccountId,
                ["accountType"] = user.AccountType,
            };
            if (user.EmailAddress != null)
            {
                json["emailAddress"] = user.EmailAddress;
            }
            json["avatarUrls"] = CloudAvatars(user.DisplayName);
            json["displayName"] = user.DisplayName;
            json["active"] = user.Active;
            json["timeZone"] = "Europe/Berlin";
            json["locale"] = "en_US";
            return json;
        }

        /// <summary>Cloud /myself, shaped like the 2021 ctreminiom recording plus accountType.</summary>
        public static JsonObject CloudMyself(Links links, FakeUser user, string expand)
        {
            bool expandGroups = Expands(expand, "groups");
            bool expandRoles = Expands(expand, "applicationRoles");
            return new JsonObject
            {
                ["self"] = links.Api("user?accountId=" + Uri.EscapeDataString(user.AccountId)),
                ["accountId"] = user.AccountId,
                ["accountType"] = "atlassian",
                ["emailAddress"] = user.EmailAddress,
                ["avatarUrls"] = CloudAvatars(user.DisplayName),
                ["displayName"] = user.DisplayName,
                ["active"] = true,
                ["timeZone"] = user.TimeZone,
                ["locale"] = user.Locale,
                ["groups"] = Groups(links, user, expandGroups),
                ["applicationRoles"] = ApplicationRoles(user, expandRoles),
                ["expand"] = "groups,applicationRoles",
            };
        }

        /// <summary>Data Center /myself: identity is name/key, avatars live on the server itself.</summary>
        public static JsonObject DataCenterMyself(Links links, FakeUser user, string expand)
        {
            return new JsonObject
            {
                ["self"] = links.Api("user?username=" + Uri.EscapeDataString(user.Name)),
                ["key"] = user.Key,
                ["name"] = user.Name,
                ["emailAddress"] = user.EmailAddress,
                ["avatarUrls"] = new JsonObject
                {
                    ["48x48"] = links.Site("secure/useravatar?avatarId=10122"),
                    ["24x24"] = links.Site("secure/useravatar?size=small&avatarId=10122"),
                    ["16x16"] = links.Site("secure/useravatar?size=xsmall&avatarId=10122"),
                    ["32x32"] = links.Site("secure/useravatar?size=medium&avatarId=10122"),
                },
                ["displayName"] = user.DisplayName,
                ["active"] = true,
                ["deleted"] = false,
                ["timeZone"] = user.TimeZone,
                ["locale"] = user.Locale,
                ["groups"] = Groups(links, user, Expands(expand, "groups")),
                ["applicationRoles"] = ApplicationRoles(user, Expands(expand, "applicationRoles")),
                ["expand"] = "groups,applicationRoles",
            };
        }

        private static JsonObject Groups(Links links, FakeUser user, bool withItems)
        {
            string[] names = user.HasProductAccess
                ? new[] { "jira-administrators", "jira-software-users", "site-admins" }
                : new[] { "site-admins" };
            var items = new JsonArray();
            if (withItems)
            {
                foreach (string name in names)
                {
                    items.Add(new JsonObject { ["name"] = name, ["self"] = links.Api("group?groupname=" + name) });
                }
            }
            return new JsonObject { ["size"] = names.Length, ["items"] = items };
        }

        private static JsonObject ApplicationRoles(FakeUser user, bool withItems)
        {
            var items = new JsonArray();
            int size = user.HasProductAccess ? 1 : 0;
            if (withItems && user.HasProductAccess)
            {
                items.Add(new JsonObject { ["key"] = "jira-software", ["name"] = "Jira Software" });
            }
            return new JsonObject { ["size"] = size, ["items"] = items };
        }

        private static bool Expands(string expand, string name) =>
            expand != null && Array.Exists(expand.Split(','), part => part.Trim().Equals(name, StringComparison.OrdinalIgnoreCase));

        private static string Initials(string displayName)
        {
            string[] parts = (displayName ?? "?").Split(' ', StringSplitOptions.RemoveEmptyEntries);
            string initials = "";
            foreach (string part in parts)
            {
                if (initials.Length < 2 && char.IsLetter(part[0])) { initials += char.ToUpperInvariant(part[0]); }
            }
            return initials.Length == 0 ? "U" : initials;
        }
    }
}
