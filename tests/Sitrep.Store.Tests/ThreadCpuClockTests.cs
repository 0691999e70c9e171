using System.Diagnostics;

namespace Sitrep.Store.Tests;

/// <summary>The calling thread's CPU clock, which <c>sitrep bench</c> reports the corpus stage's own cost with.</summary>
public sealed class ThreadCpuClockTests
{
    [Fact]
    public void Now_AdvancesWithWork_NotWithSleep()
    {
        if (!OperatingSystem.IsLinux())
        {
            Assert.Null(ThreadCpuClock.Now()); // read on Linux only; elsewhere it says it cannot tell
            return;
        }

        var start = ThreadCpuClock.Now()!.Value;

        // Work until the clock has moved 5 ms (bounded by a wall-clock limit so a stalled clock fails, not hangs).
        var wall = Stopwatch.StartNew();
        long now;
        var spin = 0.0;
        do
        {
            for (var i = 0; i < 100_000; i++)
            {
                spin += Math.Sqrt(i);
            }

            now = ThreadCpuClock.Now()!.Value;
        }
        while (now - start < 5_000_000 && wall.Elapsed < TimeSpan.FromSeconds(30));
        Assert.True(now - start >= 5_000_000, $"CPU clock moved {(now - start) / 1e6:F1} ms in {wall.Elapsed.TotalSeconds:F0} s of work ({spin:F0})");

        // Sleeping takes wall time, not CPU time.
        Thread.Sleep(300);
        var slept = ThreadCpuClock.Now()!.Value - now;
        Assert.InRange(slept, 0, 100_000_000);
    }
}
