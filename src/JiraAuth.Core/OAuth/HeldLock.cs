using System;
using System.IO;
using System.Text;
using System.Threading;

namespace JiraAuth.Core.OAuth
{
    /// <summary>A held <see cref="CrossProcessLock"/>: read and replace its state, release by disposing.</summary>
    internal sealed class HeldLock : IDisposable
    {
        private readonly FileStream _stream;
        private readonly SemaphoreSlim _gate;
        private bool _released;

        internal HeldLock(FileStream stream, SemaphoreSlim gate)
        {
            _stream = stream;
            _gate = gate;
        }

        public RotationLockState ReadState()
        {
            _stream.Position = 0;
            var buffer = new byte[_stream.Length];
            var read = 0;
            while (read < buffer.Length)
            {
                var n = _stream.Read(buffer, read, buffer.Length - read);
                if (n == 0) break;
                read += n;
            }
            return RotationLockState.Parse(Encoding.UTF8.GetString(buffer, 0, read));
        }

        public void WriteState(RotationLockState state)
        {
            var bytes = Encoding.UTF8.GetBytes(state.Serialize());
            _stream.Position = 0;
            _stream.SetLength(0);
            _stream.Write(bytes, 0, bytes.Length);
            _stream.Flush(flushToDisk: true);
        }

        public void Dispose()
        {
            if (_released) return;
            _released = true;
            _stream.Dispose();
            _gate.Release();
        }
    }
}
