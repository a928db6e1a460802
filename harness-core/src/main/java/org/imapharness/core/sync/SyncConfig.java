package org.imapharness.core.sync;

import java.time.Duration;

/**
 * One sync run's settings.
 *
 * @param devices         how many devices share the account (1 to 500)
 * @param steps           most actions in the run
 * @param duration        longest the run may take (it stops early, after a full checkpoint)
 * @param checkpointEvery a full checkpoint (every device synchronised and compared) after this many steps
 * @param pushTimeout     how long a device in IDLE may take to be told of a change
 * @param commandTimeout  longest wait for any command's completion
 * @param shrinkAttempts  replays shrinking may spend on a failure (0: no shrinking)
 */
public record SyncConfig(int devices, int steps, Duration duration, int checkpointEvery, Duration pushTimeout,
                         Duration commandTimeout, int shrinkAttempts) {

    public static final SyncConfig DEFAULTS = new SyncConfig(3, 200, Duration.ofMinutes(5), 20,
            Duration.ofSeconds(3), Duration.ofSeconds(10), 150);

    public SyncConfig {
        if (devices < 1 || devices > 500) {
            throw new IllegalArgumentException("devices must be 1..500, was " + devices);
        }
        if (steps < 1) {
            throw new IllegalArgumentException("steps must be positive, was " + steps);
        }
        if (checkpointEvery < 1) {
            throw new IllegalArgumentException("checkpointEvery must be positive, was " + checkpointEvery);
        }
        if (shrinkAttempts < 0) {
            throw new IllegalArgumentException("shrinkAttempts must be >= 0, was " + shrinkAttempts);
        }
    }

    public SyncConfig withDevices(int v) {
        return new SyncConfig(v, steps, duration, checkpointEvery, pushTimeout, commandTimeout, shrinkAttempts);
    }

    public SyncConfig withSteps(int v) {
        return new SyncConfig(devices, v, duration, checkpointEvery, pushTimeout, commandTimeout, shrinkAttempts);
    }

    public SyncConfig withDuration(Duration v) {
        return new SyncConfig(devices, steps, v, checkpointEvery, pushTimeout, commandTimeout, shrinkAttempts);
    }

    public SyncConfig withCheckpointEvery(int v) {
        return new SyncConfig(devices, steps, duration, v, pushTimeout, commandTimeout, shrinkAttempts);
    }

    public SyncConfig withPushTimeout(Duration v) {
        return new SyncConfig(devices, steps, duration, checkpointEvery, v, commandTimeout, shrinkAttempts);
    }

    public SyncConfig withShrinkAttempts(int v) {
        return new SyncConfig(devices, steps, duration, checkpointEvery, pushTimeout, commandTimeout, v);
    }
}
