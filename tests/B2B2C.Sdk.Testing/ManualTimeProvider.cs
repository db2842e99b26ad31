using System;
using System.Collections.Generic;
using System.Threading;

namespace B2B2C.Sdk.Testing;

/// <summary>
/// A <see cref="TimeProvider"/> whose clock moves only when a test says so, with timers that fire as the clock
/// passes their due time. It stands in for <c>Microsoft.Extensions.TimeProvider.Testing</c>'s fake, which the
/// package feed does not serve.
/// </summary>
/// <remarks>Thread-safe: the clock and the timer list are guarded by one lock; callbacks run outside it.</remarks>
public sealed class ManualTimeProvider : TimeProvider
{
    private readonly object _gate = new();
    private readonly List<ManualTimer> _timers = [];
    private DateTimeOffset _now;
    private long _timestamp;

    /// <summary>Initializes a new instance of the <see cref="ManualTimeProvider"/> class.</summary>
    /// <param name="start">The initial time; defaults to 2026-01-01T00:00:00Z.</param>
    public ManualTimeProvider(DateTimeOffset? start = null)
    {
        _now = start ?? new DateTimeOffset(2026, 1, 1, 0, 0, 0, TimeSpan.Zero);
    }

    /// <summary>Gets or sets the time zone reported as local; UTC by default so tests do not depend on the machine.</summary>
    public TimeZoneInfo LocalZone { get; set; } = TimeZoneInfo.Utc;

    /// <inheritdoc/>
    public override TimeZoneInfo LocalTimeZone => LocalZone;

    /// <inheritdoc/>
    public override long TimestampFrequency => TimeSpan.TicksPerSecond;

    /// <inheritdoc/>
    public override DateTimeOffset GetUtcNow()
    {
        lock (_gate)
        {
            return _now;
        }
    }

    /// <inheritdoc/>
    public override long GetTimestamp()
    {
        lock (_gate)
        {
            return _timestamp;
        }
    }

    /// <summary>Moves the clock forward and fires every timer that falls due, in due-time order.</summary>
    /// <param name="delta">How far to move; must not be negative.</param>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="delta"/> is negative.</exception>
    public void Advance(TimeSpan delta)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(delta, TimeSpan.Zero);
        DateTimeOffset target;
        lock (_gate)
        {
            target = _now + delta;
        }

        while (true)
        {
            ManualTimer? due = null;
            lock (_gate)
            {
                foreach (ManualTimer timer in _timers)
                {
                    if (timer.DueAt <= target && (due is null || timer.DueAt < due.DueAt))
                    {
                        due = timer;
                    }
                }

                if (due is null)
                {
                    _timestamp += (target - _now).Ticks;
                    _now = target;
                    return;
                }

                _timestamp += (due.DueAt - _now).Ticks;
                _now = due.DueAt;
                due.Reschedule();
            }

            due.Fire();
        }
    }

    /// <summary>Sets the clock to a later time; see <see cref="Advance(TimeSpan)"/>.</summary>
    /// <param name="value">The new time; must not be earlier than the current one.</param>
    public void SetUtcNow(DateTimeOffset value) => Advance(value - GetUtcNow());

    /// <inheritdoc/>
    public override ITimer CreateTimer(TimerCallback callback, object? state, TimeSpan dueTime, TimeSpan period)
    {
        ArgumentNullException.ThrowIfNull(callback);
        var timer = new ManualTimer(this, callback, state);
        timer.Change(dueTime, period);
        return timer;
    }

    private sealed class ManualTimer(ManualTimeProvider owner, TimerCallback callback, object? state) : ITimer
    {
        private TimeSpan _period;

        public DateTimeOffset DueAt { get; private set; }

        public bool Change(TimeSpan dueTime, TimeSpan period)
        {
            lock (owner._gate)
            {
                owner._timers.Remove(this);
                if (dueTime == Timeout.InfiniteTimeSpan)
                {
                    return true;
                }

                _period = period;
                DueAt = owner._now + dueTime;
                owner._timers.Add(this);
                return true;
            }
        }

        public void Reschedule()
        {
            owner._timers.Remove(this);
            if (_period > TimeSpan.Zero && _period != Timeout.InfiniteTimeSpan)
            {
                DueAt += _period;
                owner._timers.Add(this);
            }
        }

        public void Fire() => callback(state);

        public void Dispose()
        {
            lock (owner._gate)
            {
                owner._timers.Remove(this);
            }
        }

        public System.Threading.Tasks.ValueTask DisposeAsync()
        {
            Dispose();
            return default;
        }
    }
}
