// swift-tools-version:6.0
import PackageDescription

let package = Package(
    name: "Wijkdesk",
    products: [
        .executable(name: "wijk", targets: ["wijk"]),
        .executable(name: "wijk-bench", targets: ["wijk-bench"]),
        .executable(name: "wijk-stress", targets: ["wijk-stress"]),
    ],
    targets: [
        .systemLibrary(
            name: "CNcursesw",
            pkgConfig: "ncursesw",
            providers: [.apt(["libncursesw5-dev"])]
        ),
        .systemLibrary(name: "CCrypt", providers: [.apt(["libcrypt-dev"])]),
        .target(name: "WijkDomain"),
        .target(name: "WijkStore", dependencies: ["WijkDomain", "CCrypt"]),
        .target(name: "WijkUI", dependencies: ["WijkDomain", "WijkStore"]),
        .target(name: "CursesTerminal", dependencies: ["CNcursesw", "WijkUI"]),
        .executableTarget(
            name: "wijk",
            dependencies: ["WijkDomain", "WijkStore", "WijkUI", "CursesTerminal"]
        ),
        .executableTarget(
            name: "wijk-bench",
            dependencies: ["WijkDomain", "WijkStore", "WijkUI"]
        ),
        .executableTarget(name: "wijk-stress", dependencies: ["WijkDomain", "WijkStore"]),
        .target(name: "TestSupport", dependencies: ["WijkStore"], path: "Tests/TestSupport"),
        .testTarget(name: "WijkDomainTests", dependencies: ["WijkDomain"]),
        .testTarget(name: "WijkStoreTests", dependencies: ["WijkStore", "WijkDomain", "TestSupport"]),
        .testTarget(name: "WijkUITests", dependencies: ["WijkUI", "WijkStore", "TestSupport"]),
        .testTarget(name: "EndToEndTests", dependencies: ["WijkStore", "WijkUI", "TestSupport"]),
    ],
    swiftLanguageModes: [.v6]
)
