using System;
using System.IO;


namespace JiraAuth.Files
{
    /// <summary>
    /// Writes a file whole or not at all: the content goes to a file of its own beside the target and is moved into place
    /// only when complete and wanted, so a failed write neither looks like one that worked nor destroys the file already
    /// there, and a reader (completion, the user) never sees half a file.
    /// </summary>
    internal static class AtomicFileWriter
    {
        /// <param name="write">Writes the whole content into the stream; returns whether it should replace the target.</param>
        /// <returns>Whether the target was replaced.</returns>
        public static bool Write(string target, Func<Stream, bool> write)
        {
            // Unique, so a file of the user's that happens to be called "<target>.partial" is never overwritten or deleted.
            var partial = target + "." + Guid.NewGuid().ToString("N").Substring(0, 8) + ".partial";
            try
            {
                bool keep;
                using (var stream = new FileStream(partial, FileMode.CreateNew, FileAccess.Write, FileShare.None))
                {
                    keep = write(stream);
                }
                if (!keep) return false;
                if (File.Exists(target)) File.Copy(partial, target, overwrite: true); // File.Move cannot overwrite on .NET Framework
                else File.Move(partial, target);
                return true;
            }
            finally
            {
                if (File.Exists(partial)) File.Delete(partial);
            }
        }
    }
}
