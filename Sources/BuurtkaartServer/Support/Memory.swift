/// The process's memory.
enum Memory {
    /// Gives pages that large, short-lived buffers (a whole feature collection being written)
    /// left free back to the system, so that the server's resident size stays what it uses.
    static func returnFreedPages() {
        #if os(Linux)
        _ = glibcMallocTrim(0)
        #endif
    }
}

#if os(Linux)
/// glibc's `malloc_trim`, which Swift's Glibc module does not import.
@_silgen_name("malloc_trim")
private func glibcMallocTrim(_ pad: Int) -> Int32
#endif
