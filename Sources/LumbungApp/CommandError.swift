/// A problem that stops a command-line task, said plainly for people.
public struct CommandError: Error, CustomStringConvertible {
    /// What went wrong.
    public let description: String
}
