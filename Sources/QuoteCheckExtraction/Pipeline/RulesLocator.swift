import Foundation

/// Finds the rules folder: an explicit path, `$QUOTECHECK_RULES`, `./rules`, or a `rules` folder
/// beside or above the executable (so a built binary finds the checkout's rules).
public enum RulesLocator {
    public static func locate(explicit: String?) -> String? {
        if let explicit { return explicit }
        // One variable read, not `ProcessInfo.environment`'s dictionary of them all.
        if let value = getenv("QUOTECHECK_RULES"), case let fromEnvironment = String(cString: value), !fromEnvironment.isEmpty {
            return fromEnvironment
        }
        let manager = FileManager.default
        if isDirectory("rules", manager) { return "rules" }
        var folder = URL(fileURLWithPath: CommandLine.arguments.first ?? ".").resolvingSymlinksInPath()
            .deletingLastPathComponent()
        for _ in 0..<6 {
            let candidate = folder.appendingPathComponent("rules").path
            if isDirectory(candidate, manager) { return candidate }
            folder = folder.deletingLastPathComponent()
        }
        return nil
    }

    private static func isDirectory(_ path: String, _ manager: FileManager) -> Bool {
        var flag: ObjCBool = false
        return manager.fileExists(atPath: path, isDirectory: &flag) && flag.boolValue
    }
}
