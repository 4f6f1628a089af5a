import BenchKit
import Foundation
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
        // dd touches a 64 MiB buffer. (Linux also counts the spawning process's resident set
        // at exec time, a floor below which no figure goes; the engines' own peaks are above it.)
        let small = try ProcessRunner.run("/bin/sh", ["-c", "true"])
        let large = try ProcessRunner.run("dd", ["if=/dev/zero", "of=/dev/null", "bs=64M", "count=1"])
        #expect(large.succeeded)
        #expect(large.peakResidentBytes >= 64 << 20)
        #expect(large.peakResidentBytes >= small.peakResidentBytes + (16 << 20))
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
