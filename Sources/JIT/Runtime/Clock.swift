#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Seconds on the monotonic clock, for the compile and pause times the statistics report.
/// (Straight from the C library: the engine does not link Foundation, whose loading alone
/// cost about 10 ms of every run's start.)
@inline(__always) func monotonicSeconds() -> Double {
    var time = timespec()
    clock_gettime(CLOCK_MONOTONIC, &time)
    return Double(time.tv_sec) + Double(time.tv_nsec) / 1e9
}
