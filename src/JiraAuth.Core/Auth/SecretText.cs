using System;
using System.Diagnostics;
using System.Runtime.InteropServices;
using System.Security;
using Newtonsoft.Json;

namespace JiraAuth.Core.Auth
{
    /// <summary>
    /// A secret (token, password) that does not show itself by accident: ToString, the debugger and JSON
    /// serialization all print a mask. The only way to the value is <see cref="Reveal"/>, so every use of
    /// the raw secret is a searchable, deliberate call.
    /// </summary>
    [JsonConverter(typeof(SecretTextJsonConverter))]
    [DebuggerDisplay("********")]
    internal sealed class SecretText
    {
        public const string Mask = "********";

        private readonly string _value;

        private SecretText(string value)
        {
            _value = value;
        }

        public static SecretText FromString(string value)
        {
            if (value == null) throw new ArgumentNullException(nameof(value));
            return new SecretText(value);
        }

        public static SecretText FromSecureString(SecureString value)
        {
            if (value == null) throw new ArgumentNullException(nameof(value));
            if (value.Length == 0) return new SecretText(string.Empty);
            var unmanaged = IntPtr.Zero;
            try
            {
                unmanaged = Marshal.SecureStringToGlobalAllocUnicode(value);
                return new SecretText(Marshal.PtrToStringUni(unmanaged, value.Length));
            }
            finally
            {
                // Zero the unmanaged copy; the managed string is unavoidable because HTTP headers are strings.
                if (unmanaged != IntPtr.Zero) Marshal.ZeroFreeGlobalAllocUnicode(unmanaged);
            }
        }

        public bool IsEmpty => _value.Length == 0;

        /// <summary>The raw secret. Call it only where the secret must leave the process (a header, a vault).</summary>
        public string Reveal() => _value;

        public override string ToString() => Mask;
    }
}
