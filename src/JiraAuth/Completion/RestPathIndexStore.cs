using System;
using System.IO;
using JiraAuth.Core.Completion;

namespace JiraAuth.Completion
{
    /// <summary>
    /// Where -Path completion reads its index: the one Update-JiraRestPathIndex wrote for this user when there is one, else
    /// the index built into JiraAuth.dll (made from the OpenAPI documents at build time; no network needed).
    /// </summary>
    internal static class RestPathIndexStore
    {
        public const string ResourceName = "JiraAuth.rest-paths.txt";

        private static readonly object Gate = new object();
        private static RestPathIndex _cached;
        private static DateTime _cachedStamp;

        /// <summary>LocalApplicationData/JiraAuth/rest-paths.txt (~/.local/share/JiraAuth on Linux and macOS).</summary>
        public static string UserIndexPath =>
            Path.Combine(Environment.GetFolderPath(Environment.SpecialFolder.LocalApplicationData, Environment.SpecialFolderOption.DoNotVerify), "JiraAuth",
                "rest-paths.txt");

        public static RestPathIndex Current
        {
            get
            {
                var path = UserIndexPath;
                var stamp = File.Exists(path) ? File.GetLastWriteTimeUtc(path) : DateTime.MinValue;
                lock (Gate)
                {
                    if (_cached == null || stamp != _cachedStamp)
                    {
                        _cached = stamp == DateTime.MinValue ? Shipped() : FromFileOrShipped(path);
                        _cachedStamp = stamp;
                    }
                    return _cached;
                }
            }
        }

        public static RestPathIndex Shipped()
        {
            using (var stream = typeof(RestPathIndexStore).Assembly.GetManifestResourceStream(ResourceName))
            using (var reader = new StreamReader(stream ?? throw new InvalidOperationException(ResourceName + " is not embedded in JiraAuth.dll.")))
            {
                return RestPathIndex.Parse(reader);
            }
        }

        // A damaged user index must not break completion: fall back to the shipped one.
        private static RestPathIndex FromFileOrShipped(string path)
        {
            try
            {
                using (var reader = File.OpenText(path)) return RestPathIndex.Parse(reader);
            }
            catch (Exception e) when (e is IOException || e is InvalidDataException || e is UnauthorizedAccessException)
            {
                return Shipped();
            }
        }
    }
}
