using System;
using System.IO;
using JiraAuth.Core.Http;

namespace JiraAuth.Infrastructure
{
    /// <summary>
    /// -OutFile: the body is written beside the target under a name of its own and moved into place only when complete,
    /// so a failed download neither looks like one that worked nor destroys the file the user already had.
    /// </summary>
    internal sealed class OutFileDownload
    {
        private readonly string _target;

        public OutFileDownload(string target)
        {
            _target = target;
        }

        public string Target => _target;

        /// <param name="downloadInto">Writes the body into the stream it is given and returns the response.</param>
        public JiraResponse Run(Func<Stream, JiraResponse> downloadInto)
        {
            // Unique, so a file of the user's that happens to be called "<target>.partial" is never overwritten or deleted.
            var partial = _target + "." + Guid.NewGuid().ToString("N").Substring(0, 8) + ".partial";
            try
            {
                JiraResponse response;
                using (var stream = new FileStream(partial, FileMode.CreateNew, FileAccess.Write, FileShare.None))
                {
                    response = downloadInto(stream);
                }
                if (response.IsSuccess)
                {
                    if (File.Exists(_target)) File.Copy(partial, _target, overwrite: true); // File.Move cannot overwrite on .NET Framework
                    else File.Move(partial, _target);
                }
                return response;
            }
            finally
            {
                if (File.Exists(partial)) File.Delete(partial);
            }
        }
    }
}
