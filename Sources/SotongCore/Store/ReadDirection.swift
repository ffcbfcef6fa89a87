/// Which way to read a stream.
public enum ReadDirection: Hashable, Sendable {
    case forwards
    case backwards
}
