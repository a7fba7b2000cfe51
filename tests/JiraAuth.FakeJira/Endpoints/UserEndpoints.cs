using System.Linq;
using System.Text.Json.Nodes;
using System.Threading.Tasks;
using JiraAuth.FakeJira.Data;
using JiraAuth.FakeJira.Http;

namespace JiraAuth.FakeJira.Endpoints
{
    internal static class UserEndpoints
    {
        public static void Map(ApiRouteMapper map)
        {
            map.Api("GET", "users/search", ApiAccess.Protected, Search);
        }

        /// <summary>A bare array with no paging envelope: clients must stop on a short or empty page.</summary>
        private static Task Search(ApiCall call)
        {
            PageRequest page = PageRequest.From(call, defaultMax: 50, cap: 1000);
            var array = new JsonArray();
            foreach (DirectoryUser user in call.Store.Users.Skip(page.StartAt).Take(page.MaxResults))
            {
                array.Add(UserShapes.DirectoryUser(call.Links, user));
            }
            return JiraResponse.Json(call.Context, 200, array);
        }
    }
}
