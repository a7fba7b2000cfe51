using Newtonsoft.Json.Linq;

namespace JiraAuth.Core.Connections
{
    /// <summary>Who the credential belongs to, from /myself: accountId on Cloud, name/key on Data Center.</summary>
    public sealed class JiraAccount
    {
        public string AccountId { get; set; }
        public string Name { get; set; }
        public string Key { get; set; }
        public string DisplayName { get; set; }
        public string EmailAddress { get; set; }
        public string AccountType { get; set; }
        public string TimeZone { get; set; }
        public bool? Active { get; set; }

        public string Identity => AccountId ?? Name ?? Key;

        public static JiraAccount FromMyself(JToken json)
        {
            if (!(json is JObject o)) return null;
            var account = new JiraAccount
            {
                AccountId = (string)o["accountId"],
                Name = (string)o["name"],
                Key = (string)o["key"],
                DisplayName = (string)o["displayName"],
                EmailAddress = (string)o["emailAddress"],
                AccountType = (string)o["accountType"],
                TimeZone = (string)o["timeZone"],
                Active = o["active"]?.Type == JTokenType.Boolean ? (bool?)o["active"] : null,
            };
            return account.Identity == null ? null : account;
        }

        public override string ToString() => DisplayName != null ? $"{DisplayName} ({Identity})" : Identity ?? string.Empty;
    }
}
