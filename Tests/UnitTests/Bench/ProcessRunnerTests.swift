import BenchKit
import Foundation
#if canImport(Glibc)
import Glibc
#endif
import Testing

@Suite struct ProcessRunnerTests {
    @Test func capturesStatusOutputErrorAndTime() throws {
        let result = try ProcessRunner.run("/bin/sh", ["-c", "printf 'out\\nput'; printf 'err' >&2; exit 3"])
        #expect(result.status == .exited(3))
        #expect(result.stdout == "out\nput")
        #expect(result.stderr == "err")
        #expect(result.wallSeconds > 0 && result.wallSeconds < 10)
        #expect(result.peakResidentBytes > 0)
        #expect(!result.timedOut)
        #expect(!result.succeeded)
    }

    @Test func findsProgramsOnThePath() throws {
        let result = try ProcessRunner.run("sh", ["-c", "echo hi"])
        #expect(result.status == .exited(0))
        #expect(result.succeeded)
        #expect(result.stdout == "hi\n")
    }

    @Test func peakMemoryIsTheChildsOwn() throws {
        // Linux counts the spawning process's peak resident set into the child's at exec time,
        // a floor under every figure: in the harness that is about 20 MB, but this test process
        // can be far larger. So dd touches a buffer 64 MiB above this process's own peak.
        var usage = rusage()
        getrusage(RUSAGE_SELF.rawValue, &usage)
        let megabytes = usage.ru_maxrss / 1024 + 64
        let small = try ProcessRunner.run("/bin/sh", ["-c", "true"])
        let large = try ProcessRunner.run("dd", ["if=/dev/zero", "of=/dev/null", "bs=\(megabytes)M", "count=1"])
        #expect(large.succeeded)
        #expect(large.peakResidentBytes >= megabytes << 20)
        #expect(large.peakResidentBytes >= small.peakResidentBytes + (32 << 20))
    }

    @Test func aRunPastItsTimeoutIsKilled() throws {
        let result = try ProcessRunner.run("/bin/sh", ["-c", "exec sleep 20"], timeout: 0.3)
        #expect(result.timedOut)
        #expect(result.status == .signaled(9))
        #expect(result.wallSeconds < 5)
        #expect(!result.succeeded)
    }

    @Test func aProgramThatCannotStartIsAClearError() {
        #expect(throws: BenchmarkError("cannot start /nonexistent/engine: No such file or directory")) {
            try ProcessRunner.run("/nonexistent/engine", [])
        }
    }

    @Test func findsExecutablesOnThePathOrReportsNil() {
        #expect(ProcessRunner.which("sh") != nil)
        #expect(ProcessRunner.which("no-such-program-anywhere") == nil)
        #expect(ProcessRunner.which("/bin/sh") == "/bin/sh")
    }
}
