using System;
using System.IO;
using JiraAuth.Core.Http;


namespace JiraAuth.Files
{
    /// <summary>-OutFile: the body is written with <see cref="AtomicFileWriter"/>, and kept only when the answer was a success.</summary>
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
            JiraResponse response = null;
            AtomicFileWriter.Write(_target, stream =>
            {
                response = downloadInto(stream);
                return response.IsSuccess;
            });
            return response;
        }
    }
}
