import Foundation
import WijkDomain
import WijkStore
import WijkUI

/// Timing and reporting helpers shared by every section of the benchmark.
enum Measure {
    static func seconds(_ body: () throws -> Void) rethrows -> Double {
        let start = DispatchTime.now().uptimeNanoseconds
        try body()
        return Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9
    }

    /// The time of each key on `app`, handled and then rendered at `size`: what a person waits for per key.
    static func keys(_ keys: [Key], on app: inout AppState, size: Size, now: LocalTime) -> [Double] {
        keys.map { key in
            seconds {
                _ = app.handle(key, size: size, now: now)
                _ = AppView.render(app, size: size, now: now)
            }
        }
    }

    static func milliseconds(_ s: Double) -> String { String(format: "%.2f ms", s * 1000) }

    static func median(_ values: [Double]) -> Double { values.sorted()[values.count / 2] }

    static func percentile(_ values: [Double], _ p: Double) -> Double {
        let sorted = values.sorted()
        return sorted[min(sorted.count - 1, Int(Double(sorted.count) * p))]
    }

    static func peakMemoryMB() -> Double {
        var usage = rusage()
        getrusage(RUSAGE_SELF.rawValue, &usage)
        return Double(usage.ru_maxrss) / 1024
    }

    static func report(_ label: String, _ value: String) {
        print(label.padding(toLength: 72, withPad: " ", startingAt: 0) + value)
    }

    static func summary(_ times: [Double]) -> String {
        String(format: "mean %.3f ms, p50 %.3f, p99 %.3f, max %.3f", times.reduce(0, +) / Double(times.count) * 1000,
               median(times) * 1000, percentile(times, 0.99) * 1000, times.max()! * 1000)
    }

    /// Runs `command` in a shell and returns how long it took.
    static func shell(_ command: String) -> Double {
        seconds {
            let task = Process()
            task.executableURL = URL(fileURLWithPath: "/bin/sh")
            task.arguments = ["-c", command]
            try? task.run()
            task.waitUntilExit()
        }
    }

    /// Opens, reads and closes every file under `folder` on one thread: the floor under any reading of the store.
    static func readEverything(_ folder: String) -> (bytes: Int, files: Int) {
        var total = 0
        var files = 0
        let enumerator = FileManager.default.enumerator(atPath: folder)
        var paths: [String] = []
        while let path = enumerator?.nextObject() as? String {
            if !path.hasPrefix(".wijk") { paths.append(folder + "/" + path) }
        }
        var buffer = [UInt8](repeating: 0, count: 1 << 16)
        for path in paths {
            let fd = open(path, O_RDONLY)
            guard fd >= 0 else { continue }
            var isFile = false
            while true {
                let n = buffer.withUnsafeMutableBytes { read(fd, $0.baseAddress, $0.count) }
                if n <= 0 { break }
                isFile = true
                total += n
            }
            if isFile { files += 1 }
            close(fd)
        }
        return (total, files)
    }

    /// The generated store of `households` households in the temporary folder, made on first use.
    static func cityStore(_ households: Int) throws -> String {
        let city = NSTemporaryDirectory() + "wijk-bench-city-v3-\(households)"
        if !FileManager.default.fileExists(atPath: city + "/wijkdesk.rec") {
            try? FileManager.default.removeItem(atPath: city)
            var written = 0
            let time = try seconds { written = try StoreGenerator(households: households).write(to: city) }
            report("\(households) households: generated", String(format: "%.1f s  [%d files in %@]", time, written, city))
        }
        return city
    }
}
