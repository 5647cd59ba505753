/// Whether the screen shows the work, or only the sign-in or lock screen (no client data).
public enum Gate: Sendable, Equatable {
    case open
    case signIn(SignInState)
    case locked(SignInState)
}
