// swift-tools-version:6.0
import PackageDescription

let package = Package(
    name: "buurtkaart",
    platforms: [.macOS(.v14)],
    products: [
        .executable(name: "buurtkaart", targets: ["buurtkaart"]),
        .library(name: "BuurtkaartCore", targets: ["BuurtkaartCore"]),
        .library(name: "BuurtkaartServer", targets: ["BuurtkaartServer"]),
    ],
    dependencies: [
        .package(url: "https://github.com/vapor/vapor.git", from: "4.122.3"),
        .package(url: "https://github.com/vapor/fluent.git", from: "4.13.0"),
        .package(url: "https://github.com/vapor/fluent-sqlite-driver.git", from: "4.9.0"),
        .package(url: "https://github.com/vapor/fluent-postgres-driver.git", from: "2.14.0"),
        .package(url: "https://github.com/swift-server/async-http-client.git", from: "1.37.0"),
        .package(url: "https://github.com/adam-fowler/compress-nio.git", from: "1.5.0"),
        .package(url: "https://github.com/apple/swift-nio.git", from: "2.80.0"),
    ],
    targets: [
        .target(name: "BuurtkaartCore"),
        .target(
            name: "BuurtkaartServer",
            dependencies: [
                "BuurtkaartCore",
                .product(name: "Vapor", package: "vapor"),
                .product(name: "Fluent", package: "fluent"),
                .product(name: "FluentSQLiteDriver", package: "fluent-sqlite-driver"),
                .product(name: "FluentPostgresDriver", package: "fluent-postgres-driver"),
                .product(name: "CompressNIO", package: "compress-nio"),
                .product(name: "AsyncHTTPClient", package: "async-http-client"),
            ]
        ),
        .executableTarget(
            name: "buurtkaart",
            dependencies: [
                "BuurtkaartServer",
                .product(name: "Vapor", package: "vapor"),
                .product(name: "NIOCore", package: "swift-nio"),
                .product(name: "NIOPosix", package: "swift-nio"),
            ]
        ),
        // Run by hand: swift run -c release ServerBenchmark [--postgres URL]
        .executableTarget(
            name: "ServerBenchmark",
            dependencies: [
                "BuurtkaartServer",
                "BuurtkaartCore",
                .product(name: "Vapor", package: "vapor"),
                .product(name: "Fluent", package: "fluent"),
                .product(name: "AsyncHTTPClient", package: "async-http-client"),
            ],
            path: "Benchmarks/Server"
        ),
        // Run by hand: swift run -c release NetworkBenchmark
        .executableTarget(name: "NetworkBenchmark", dependencies: ["BuurtkaartCore"], path: "Benchmarks/Network"),
        .testTarget(name: "BuurtkaartCoreTests", dependencies: ["BuurtkaartCore"]),
        .testTarget(
            name: "BuurtkaartServerTests",
            dependencies: [
                "BuurtkaartServer",
                "BuurtkaartCore",
                .product(name: "VaporTesting", package: "vapor"),
            ]
        ),
    ],
    swiftLanguageModes: [.v6]
)
