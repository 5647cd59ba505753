#if canImport(Glibc)
import Glibc
#endif

exit(Wijk.main(Array(CommandLine.arguments.dropFirst())))
