import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// What one run of a program did.
public struct ProcessResult: Equatable, Sendable {
    public enum Status: Equatable, Sendable {
        case exited(Int32)
        case signaled(Int32)
    }

    public var status: Status
    public var wallSeconds: Double
    /// The child's peak resident set size, as the kernel accounted it (`wait4`'s ru_maxrss).
    public var peakResidentBytes: Int
    public var stdout: String
    public var stderr: String
    /// Killed because it ran past its timeout.
    public var timedOut: Bool

    public init(status: Status, wallSeconds: Double, peakResidentBytes: Int, stdout: String, stderr: String, timedOut: Bool) {
        self.status = status
        self.wallSeconds = wallSeconds
        self.peakResidentBytes = peakResidentBytes
        self.stdout = stdout
        self.stderr = stderr
        self.timedOut = timedOut
    }

    public var succeeded: Bool { status == .exited(0) && !timedOut }
}

/// Runs programs the way the harness measures them: posix_spawn, output to files (so a chatty
/// program never blocks on a full pipe and no reader thread competes for a core), and `wait4`
/// for the child's peak memory. Foundation's Process reaps the child itself and so cannot say
/// how much memory that one child used. Linux folds the spawning process's peak resident set
/// into the child's at exec, so every figure has the harness's own (about 20 MB) as a floor; the
/// engines' peaks are well above it.
public enum ProcessRunner {
    public static func run(_ executable: String, _ arguments: [String], timeout: Double? = nil) throws -> ProcessResult {
        let outputs = try OutputFiles()
        defer { outputs.remove() }

        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        posix_spawn_file_actions_addopen(&actions, 0, "/dev/null", O_RDONLY, 0)
        posix_spawn_file_actions_adddup2(&actions, outputs.stdout, 1)
        posix_spawn_file_actions_adddup2(&actions, outputs.stderr, 2)

        let argv: [UnsafeMutablePointer<CChar>?] = ([executable] + arguments).map { strdup($0) } + [nil]
        defer { argv.forEach { free($0) } }

        let start = DispatchTime.now().uptimeNanoseconds
        var pid: pid_t = 0
        let spawned = posix_spawnp(&pid, executable, &actions, nil, argv, environ)
        guard spawned == 0 else {
            throw BenchmarkError("cannot start \(executable): \(String(cString: strerror(spawned)))")
        }

        let watch = Watch(pid: pid)
        if let timeout {
            DispatchQueue.global().asyncAfter(deadline: .now() + timeout) { watch.killIfRunning() }
        }
        // Wait for the exit without reaping, so the pid cannot be reused while the timeout
        // might still kill it; then reap, which also yields the child's resource usage.
        var info = siginfo_t()
        while waitid(P_PID, id_t(pid), &info, WEXITED | WNOWAIT) != 0 && errno == EINTR {}
        let end = DispatchTime.now().uptimeNanoseconds
        let timedOut = watch.finish()
        var status: Int32 = 0
        var usage = rusage()
        while wait4(pid, &status, 0, &usage) < 0 && errno == EINTR {}

        let termination: ProcessResult.Status = status & 0x7f == 0 ? .exited((status >> 8) & 0xff) : .signaled(status & 0x7f)
        return ProcessResult(status: termination, wallSeconds: Double(end - start) / 1e9, peakResidentBytes: usage.ru_maxrss * 1024,
                             stdout: outputs.read(outputs.stdout), stderr: outputs.read(outputs.stderr), timedOut: timedOut)
    }

    /// The jsjit a command line names with `--jsjit` (a path, or a name on PATH), else the one
    /// SwiftPM built beside the running `program`; `build` is the command that makes it.
    public static func jsjit(_ named: String?, besideProgram program: String, build: String) throws(BenchmarkError) -> String {
        if let named {
            guard let path = which(named) else { throw BenchmarkError("--jsjit \(named) is not an executable") }
            return path
        }
        let beside = URL(fileURLWithPath: "/proc/self/exe").resolvingSymlinksInPath().deletingLastPathComponent().appendingPathComponent("jsjit").path
        guard FileManager.default.isExecutableFile(atPath: beside) else {
            throw BenchmarkError("no jsjit beside \(program) at \(beside); build it (\(build)) or pass --jsjit PATH")
        }
        return beside
    }

    /// The executable's full path: `name` itself when it has a slash, else the first match on PATH.
    public static func which(_ name: String) -> String? {
        if name.contains("/") { return access(name, X_OK) == 0 ? name : nil }
        let path = ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin"
        for directory in path.split(separator: ":") {
            let candidate = "\(directory)/\(name)"
            if access(candidate, X_OK) == 0 { return candidate }
        }
        return nil
    }
}

/// Kills a child that outlives its timeout, unless it has already exited.
private final class Watch: @unchecked Sendable {
    private let pid: pid_t
    private let lock = NSLock()
    private var exited = false
    private var killed = false

    init(pid: pid_t) { self.pid = pid }

    func killIfRunning() {
        lock.withLock {
            guard !exited else { return }
            kill(pid, SIGKILL)
            killed = true
        }
    }

    /// Marks the child exited; says whether the timeout killed it.
    func finish() -> Bool {
        lock.withLock {
            exited = true
            return killed
        }
    }
}

/// Two unlinked-on-removal temporary files for a child's stdout and stderr.
private struct OutputFiles {
    let stdout: Int32
    let stderr: Int32
    private let paths: [String]

    init() throws {
        var paths: [String] = []
        var descriptors: [Int32] = []
        for _ in 0..<2 {
            var template = Array(FileManager.default.temporaryDirectory.appendingPathComponent("jsjit-bench-XXXXXX").path.utf8CString)
            let descriptor = template.withUnsafeMutableBufferPointer { mkstemp($0.baseAddress!) }
            guard descriptor >= 0 else {
                descriptors.forEach { close($0) }
                throw BenchmarkError("cannot create a temporary file: \(String(cString: strerror(errno)))")
            }
            // Close-on-exec: the child gets these only as its fds 1 and 2.
            _ = fcntl(descriptor, F_SETFD, FD_CLOEXEC)
            descriptors.append(descriptor)
            paths.append(String(decoding: template.dropLast().map { UInt8(bitPattern: $0) }, as: UTF8.self))
        }
        stdout = descriptors[0]
        stderr = descriptors[1]
        self.paths = paths
    }

    func read(_ descriptor: Int32) -> String {
        lseek(descriptor, 0, SEEK_SET)
        var data = Data()
        var buffer = [UInt8](repeating: 0, count: 1 << 16)
        while true {
            let count = buffer.withUnsafeMutableBytes { Glibc.read(descriptor, $0.baseAddress, $0.count) }
            if count > 0 {
                data.append(contentsOf: buffer[0..<count])
            } else if count == 0 || errno != EINTR {
                break
            }
        }
        return String(decoding: data, as: UTF8.self)
    }

    func remove() {
        close(stdout)
        close(stderr)
        paths.forEach { unlink($0) }
    }
}
