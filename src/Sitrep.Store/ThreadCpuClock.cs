using System.Runtime.InteropServices;

namespace Sitrep.Store;

/// <summary>
/// CPU time the calling thread has used (Linux <c>clock_gettime(CLOCK_THREAD_CPUTIME_ID)</c>): what a stage itself
/// costs, apart from the time it waits for a core that other threads hold (the corpus stage runs beside the parallel
/// pipeline on a 2-core machine, where its wall time mostly measures the contention). Null on other systems.
/// </summary>
internal static partial class ThreadCpuClock
{
    private const int ClockThreadCpuTime = 3; // CLOCK_THREAD_CPUTIME_ID in <time.h> on Linux

    /// <summary>Whether this system tells a thread's CPU time (Linux).</summary>
    public static bool IsAvailable => OperatingSystem.IsLinux();

    /// <summary>The calling thread's CPU time, in nanoseconds; null where it cannot be read.</summary>
    public static long? Now()
    {
        if (!IsAvailable)
        {
            return null;
        }

        return ClockGetTime(ClockThreadCpuTime, out var t) == 0 ? (t.Seconds * 1_000_000_000L) + t.Nanoseconds : null;
    }

    [StructLayout(LayoutKind.Sequential)]
    private struct TimeSpec
    {
        public long Seconds;
        public long Nanoseconds;
    }

    [LibraryImport("libc", EntryPoint = "clock_gettime")]
    private static partial int ClockGetTime(int clock, out TimeSpec time);
}
