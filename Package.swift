// swift-tools-version:6.0
import PackageDescription

let package = Package(
    name: "Lumbung",
    platforms: [.macOS(.v15)],
    products: [
        .executable(name: "lumbung", targets: ["lumbung"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
        .package(url: "https://github.com/apple/swift-log", from: "1.16.2"),
        .package(url: "https://github.com/apple/swift-metrics", from: "2.13.0"),
        .package(url: "https://github.com/swift-server/swift-prometheus", from: "2.4.1"),
        .package(url: "https://github.com/apple/swift-configuration", from: "1.4.0"),
        .package(url: "https://github.com/apple/swift-crypto", from: "3.12.3"),
    ],
    targets: [
        .systemLibrary(
            name: "CMicroHTTPD",
            pkgConfig: "libmicrohttpd",
            providers: [.apt(["libmicrohttpd-dev"])]
        ),
        .systemLibrary(
            name: "CSQLite",
            pkgConfig: "sqlite3",
            providers: [.apt(["libsqlite3-dev"])]
        ),
        .systemLibrary(
            name: "CLibPQ",
            pkgConfig: "libpq",
            providers: [.apt(["libpq-dev"])]
        ),
        .target(
            name: "MicroHTTP",
            dependencies: [
                "CMicroHTTPD",
                .product(name: "Logging", package: "swift-log"),
            ]
        ),
        .target(name: "CWALWrites", dependencies: ["CSQLite"]),
        .target(name: "LumbungCore"),
        .target(name: "HTTPTestClient"),
        .target(
            name: "LumbungStore",
            dependencies: ["CSQLite", "CWALWrites", "LumbungCore"]
        ),
        .target(
            name: "LumbungPostgres",
            dependencies: ["CLibPQ", "LumbungCore", "LumbungStore"]
        ),
        .target(
            name: "LumbungAPI",
            dependencies: [
                "MicroHTTP",
                "LumbungCore",
                .product(name: "Logging", package: "swift-log"),
                .product(name: "Metrics", package: "swift-metrics"),
                .product(name: "Prometheus", package: "swift-prometheus"),
                .product(name: "Crypto", package: "swift-crypto"),
            ]
        ),
        .target(
            name: "LumbungApp",
            dependencies: [
                "MicroHTTP",
                "LumbungCore",
                "LumbungStore",
                "LumbungPostgres",
                "LumbungAPI",
                .product(name: "Logging", package: "swift-log"),
                .product(name: "Configuration", package: "swift-configuration"),
            ],
            // jemalloc serves every allocation of the process (SQLite's, the Swift runtime's, libmicrohttpd's): glibc's
            // malloc cost a writing request about a tenth more CPU (Benchmarks/SPEED.md, "The allocator").
            linkerSettings: [.linkedLibrary("jemalloc")]
        ),
        .executableTarget(
            name: "lumbung",
            dependencies: [
                "LumbungApp",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        .testTarget(name: "MicroHTTPTests", dependencies: ["MicroHTTP", "HTTPTestClient"]),
        .testTarget(name: "LumbungCoreTests", dependencies: ["LumbungCore"]),
        .testTarget(name: "LumbungStoreTests", dependencies: ["LumbungStore"]),
        .testTarget(name: "LumbungPostgresTests", dependencies: ["LumbungPostgres", "LumbungCore", "LumbungStore", "LumbungApp"]),
        .testTarget(name: "LumbungAPITests", dependencies: ["LumbungApp", "LumbungAPI", "LumbungStore", "LumbungPostgres", "MicroHTTP",
                                                      "HTTPTestClient"]),
    ]
)
