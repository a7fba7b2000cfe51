namespace JiraAuth.FakeJira
{
    /// <summary>Ways the fake breaks the connection itself instead of answering (for reliability tests).</summary>
    public enum TransportFault
    {
        /// <summary>Answer normally (a scripted status, headers and body).</summary>
        None,

        /// <summary>Drop the connection before any byte of the response.</summary>
        ResetBeforeHeaders,

        /// <summary>Send the headers and half the body (Content-Length promises all of it), then drop the connection.</summary>
        ResetMidBody,

        /// <summary>Send the headers and half the body, then send nothing more until the client gives up.</summary>
        StallBody,

        /// <summary>Wait <see cref="ScriptedFault.Delay"/> before the headers, then answer normally.</summary>
        SlowHeaders,
    }
}
