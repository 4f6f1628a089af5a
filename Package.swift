// swift-tools-version: 6.0
import PackageDescription

let package = Package(
    name: "jsjit",
    platforms: [.macOS(.v13)],
    products: [
        .library(name: "JIT", targets: ["JIT"]),
        .executable(name: "jsjit", targets: ["jsjit"]),
        .executable(name: "TemplateGen", targets: ["TemplateGen"]),
        .executable(name: "jsjit-bench", targets: ["jsjit-bench"]),
        .executable(name: "jsjit-fuzz", targets: ["jsjit-fuzz"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.5.0"),
    ],
    targets: [
        // libyaml, the only YAML parser the generator uses.
        .systemLibrary(
            name: "CYAML",
            pkgConfig: "yaml-0.1",
            providers: [.apt(["libyaml-dev"]), .brew(["libyaml"])]
        ),
        // The x86-64 encoder, shared by TemplateGen (templates → bytes at build time) and the
        // engine (the optimizing tier at run time): one module, never two copies.
        .target(name: "X64Assembler"),
        // The generator's logic: YAML with marks → typed spec model → validation → Swift text.
        // A library so the generator tests can drive it without spawning a process.
        .target(
            name: "TemplateGenKit",
            dependencies: ["CYAML", "X64Assembler"]
        ),
        // The build tool the plugin runs: a thin command line over TemplateGenKit.
        .executableTarget(
            name: "TemplateGen",
            dependencies: [
                "TemplateGenKit",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        .plugin(
            name: "SpecGenPlugin",
            capability: .buildTool(),
            dependencies: ["TemplateGen"]
        ),
        // The engine library. Its opcode tables and layout constants are generated from Specs/.
        .target(
            name: "JIT",
            dependencies: ["X64Assembler"],
            plugins: ["SpecGenPlugin"]
        ),
        // Linked with the Swift runtime statically: the dynamic loader's symbol binding was
        // about a third of an empty program's run.
        .executableTarget(
            name: "jsjit",
            dependencies: [
                "JIT",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ],
            linkerSettings: [.unsafeFlags(["-static-stdlib", "-l_FoundationCollections", "-l_FoundationCShims", "-lswiftSynchronization"], .when(platforms: [.linux], configuration: .release))]
        ),
        // The benchmark harness's logic: running engines as processes, checking their outputs,
        // statistics and the report writers. It knows engines only by their command lines.
        .target(name: "BenchKit"),
        // `jsjit-bench`: runs Benchmarks/*.js on every tier of ours and of node's. It depends on
        // `jsjit` so that `swift run jsjit-bench` builds the engine it measures.
        .executableTarget(
            name: "jsjit-bench",
            dependencies: [
                "BenchKit", "JIT", "jsjit",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        // The differential fuzzer's logic: a seeded generator of JavaScript programs, the runner
        // that compares every configuration of ours with node, and the reducer. It starts
        // programs through BenchKit's process runner.
        .target(name: "FuzzKit", dependencies: ["BenchKit"]),
        // `jsjit-fuzz`: generates, runs, compares and reduces. It depends on `jsjit` so that
        // `swift run jsjit-fuzz` builds the engine it tests.
        .executableTarget(
            name: "jsjit-fuzz",
            dependencies: [
                "FuzzKit", "BenchKit", "jsjit",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        .testTarget(name: "UnitTests", dependencies: ["JIT", "TemplateGenKit", "X64Assembler", "BenchKit", "FuzzKit"], exclude: ["Assembler/Golden", "Optimizing/Golden"]),
        .testTarget(name: "ContractTests", dependencies: ["JIT", "TemplateGenKit", "X64Assembler"]),
        .testTarget(name: "GeneratorTests", dependencies: ["TemplateGenKit"], exclude: ["Fixtures"]),
        // Runs the built programs as a user (and the build plugin) would; depending on them makes
        // `swift test` build them first.
        .testTarget(name: "IntegrationTests", dependencies: ["JIT", "BenchKit", "jsjit", "jsjit-bench", "jsjit-fuzz", "TemplateGen"], exclude: ["Corpus"]),
    ]
)
