import Foundation

/// A photo as Buurtkaart stores it: its type, its pixel size, and its bytes with every
/// metadata block removed.
public struct SanitizedImage: Sendable, Hashable {
    /// The image types Buurtkaart accepts, each recognised by its first bytes.
    public enum Format: String, Sendable, CaseIterable {
        case jpeg, png, webp

        /// The media type to send with the stored bytes.
        public var mimeType: String { "image/\(rawValue)" }
    }

    public let format: Format
    public let width: Int
    public let height: Int
    public let data: Data
}

/// Checks uploaded photos and removes what could identify a person or a place (GPS
/// position, camera serial, author, comments) before they are stored.
///
/// Only the container is read — markers, chunks and headers — never the compressed pixels,
/// so the pixels come back exactly as they were sent.
public enum ImageSanitizer {
    /// The largest photo accepted, in bytes (5 MiB).
    public static let maximumBytes = 5 * 1024 * 1024
    /// The largest side accepted, in pixels (12000).
    public static let maximumSide = 12_000

    /// Why a photo was refused.
    public enum Problem: Error, Sendable, Hashable {
        case empty
        case tooLarge(bytes: Int)
        /// Not JPEG, PNG or WebP, judged by the first bytes, never by name or claimed type.
        case unsupportedFormat
        /// Truncated, or its structure is inconsistent.
        case malformed
        case dimensionsTooLarge(width: Int, height: Int)

        /// The key of the localisation table that explains the problem to a person.
        public var messageKey: String {
            switch self {
            case .empty: "error.photo.empty"
            case .tooLarge: "error.photo.tooLarge"
            case .unsupportedFormat: "error.photo.format"
            case .malformed: "error.photo.malformed"
            case .dimensionsTooLarge: "error.photo.dimensions"
            }
        }
    }

    /// Checks the bytes are a whole JPEG, PNG or WebP image within the limits and returns
    /// them without metadata.
    public static func sanitize(_ data: Data) throws(Problem) -> SanitizedImage {
        guard !data.isEmpty else { throw .empty }
        guard data.count <= maximumBytes else { throw .tooLarge(bytes: data.count) }
        let bytes = [UInt8](data)
        guard let format = format(of: bytes) else { throw .unsupportedFormat }
        let image = switch format {
        case .jpeg: try stripJPEG(bytes)
        case .png: try stripPNG(bytes)
        case .webp: try stripWebP(bytes)
        }
        guard image.width > 0, image.height > 0 else { throw .malformed }
        guard image.width <= maximumSide, image.height <= maximumSide else {
            throw .dimensionsTooLarge(width: image.width, height: image.height)
        }
        return SanitizedImage(format: format, width: image.width, height: image.height, data: Data(image.bytes))
    }

    /// The format announced by the first bytes, or `nil` when they announce none we accept.
    static func format(of bytes: [UInt8]) -> SanitizedImage.Format? {
        if bytes.starts(with: [0xFF, 0xD8, 0xFF]) { return .jpeg }
        if bytes.starts(with: pngSignature) { return .png }
        if bytes.count >= 12, bytes.starts(with: Array("RIFF".utf8)), bytes.matches("WEBP", at: 8) { return .webp }
        return nil
    }

    /// The CRC-32 of PNG chunks and zlib (polynomial 0x04C11DB7, reflected, as 0xEDB88320).
    static func crc32<Bytes: Sequence<UInt8>>(_ bytes: Bytes) -> UInt32 {
        var crc: UInt32 = 0xFFFF_FFFF
        for byte in bytes {
            crc = crcTable[Int((crc ^ UInt32(byte)) & 0xFF)] ^ (crc >> 8)
        }
        return crc ^ 0xFFFF_FFFF
    }

    private static let crcTable: [UInt32] = (0..<256).map { index in
        var value = UInt32(index)
        for _ in 0..<8 {
            value = value & 1 == 1 ? 0xEDB8_8320 ^ (value >> 1) : value >> 1
        }
        return value
    }

    /// The eight bytes every PNG file starts with.
    static let pngSignature: [UInt8] = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A]
}

/// The bytes that remain of an image and the pixel size read from its header.
private struct StrippedImage {
    var bytes: [UInt8]
    var width: Int
    var height: Int
}

// MARK: - JPEG

extension ImageSanitizer {
    /// Walks the marker segments from SOI to EOI, keeping those a decoder needs and the
    /// entropy-coded scans; anything after EOI is dropped.
    private static func stripJPEG(_ bytes: [UInt8]) throws(Problem) -> StrippedImage {
        var output: [UInt8] = [0xFF, 0xD8]
        output.reserveCapacity(bytes.count)
        var position = 2
        var size: (width: Int, height: Int)?
        var sawScan = false
        while true {
            // A marker is one or more 0xFF bytes (the extra ones are fill) and a code.
            let start = position
            guard position < bytes.count, bytes[position] == 0xFF else { throw .malformed }
            while position < bytes.count, bytes[position] == 0xFF { position += 1 }
            guard position < bytes.count else { throw .malformed }
            let marker = bytes[position]
            position += 1
            switch marker {
            case 0xD9:
                guard let size, sawScan else { throw .malformed }
                output.append(contentsOf: bytes[start..<position])
                return StrippedImage(bytes: output, width: size.width, height: size.height)
            case 0x01, 0xD0...0xD7:
                output.append(contentsOf: bytes[start..<position])
                continue
            case 0x00, 0xD8:
                throw .malformed
            default:
                break
            }
            guard let length = bytes.bigEndian(at: position, count: 2), length >= 2,
                  position + length <= bytes.count else { throw .malformed }
            let payload = bytes[(position + 2)..<(position + length)]
            position += length
            switch marker {
            case 0xC0...0xCF where marker != 0xC4 && marker != 0xC8 && marker != 0xCC:
                let frame = try jpegFrameSize(payload)
                if size == nil { size = frame }
            case 0xDA:
                guard size != nil, let components = payload.first, (1...4).contains(components),
                      payload.count == 4 + 2 * Int(components) else { throw .malformed }
                sawScan = true
            default:
                break
            }
            if marker == 0xE0 {
                // JFIF: kept without the optional thumbnail, which can show an uncropped photo.
                if payload.count >= 14, payload.starts(with: Array("JFIF\0".utf8)) {
                    output.append(contentsOf: [0xFF, 0xE0, 0x00, 0x10])
                    output.append(contentsOf: payload.prefix(12))
                    output.append(contentsOf: [0x00, 0x00])
                }
            } else if keepsJPEGSegment(marker, payload: payload) {
                output.append(contentsOf: bytes[start..<position])
            }
            if marker == 0xDA {
                let scanStart = position
                position = try endOfEntropyCodedData(bytes, from: position)
                output.append(contentsOf: bytes[scanStart..<position])
            }
        }
    }

    /// Whether a segment is needed to decode or display the image: frame and scan headers,
    /// tables, restart interval, ICC profile, Adobe colour transform. Everything else
    /// (Exif, XMP, Photoshop/IPTC, comments, vendor blocks) is metadata.
    private static func keepsJPEGSegment(_ marker: UInt8, payload: ArraySlice<UInt8>) -> Bool {
        switch marker {
        case 0xC0...0xCF: marker != 0xC8                             // SOFn, DHT, DAC; not JPG
        case 0xDA, 0xDB, 0xDC, 0xDD, 0xDE, 0xDF: true                 // SOS, DQT, DNL, DRI, DHP, EXP
        case 0xE2: payload.starts(with: Array("ICC_PROFILE\0".utf8))
        case 0xEE: payload.count == 12 && payload.starts(with: Array("Adobe".utf8))
        default: false
        }
    }

    /// Width and height from a start-of-frame segment: precision, height, width, components.
    private static func jpegFrameSize(_ payload: ArraySlice<UInt8>) throws(Problem) -> (width: Int, height: Int) {
        let base = payload.startIndex
        guard payload.count >= 6, let height = payload.bigEndian(at: base + 1, count: 2),
              let width = payload.bigEndian(at: base + 3, count: 2) else { throw .malformed }
        let components = Int(payload[base + 5])
        guard components >= 1, payload.count == 6 + 3 * components else { throw .malformed }
        return (width, height)
    }

    /// The offset of the first marker after a scan's entropy-coded data, where 0xFF is
    /// followed by a byte other than 0x00 (stuffing) or a restart marker.
    private static func endOfEntropyCodedData(_ bytes: [UInt8], from start: Int) throws(Problem) -> Int {
        var position = start
        while position < bytes.count {
            guard bytes[position] == 0xFF else {
                position += 1
                continue
            }
            var code = position
            while code < bytes.count, bytes[code] == 0xFF { code += 1 }
            guard code < bytes.count else { throw .malformed }
            switch bytes[code] {
            case 0x00, 0xD0...0xD7: position = code + 1
            default: return position
            }
        }
        throw .malformed
    }
}

// MARK: - PNG

extension ImageSanitizer {
    /// Chunks that carry text, Exif or the time of last change.
    private static let pngMetadataChunks: Set<String> = ["tEXt", "zTXt", "iTXt", "eXIf", "tIME"]

    /// Walks the chunks from the signature to IEND, checking every CRC and dropping the
    /// metadata chunks; anything after IEND is dropped.
    private static func stripPNG(_ bytes: [UInt8]) throws(Problem) -> StrippedImage {
        var output = pngSignature
        output.reserveCapacity(bytes.count)
        var position = pngSignature.count
        var size: (width: Int, height: Int)?
        var sawData = false
        while true {
            guard let length = bytes.bigEndian(at: position, count: 4), length <= 0x7FFF_FFFF,
                  position + 12 + length <= bytes.count else { throw .malformed }
            let typeBytes = bytes[(position + 4)..<(position + 8)]
            let data = bytes[(position + 8)..<(position + 8 + length)]
            let end = position + 12 + length
            guard typeBytes.allSatisfy({ (0x41...0x5A).contains($0) || (0x61...0x7A).contains($0) }),
                  let storedCRC = bytes.bigEndian(at: end - 4, count: 4),
                  crc32(bytes[(position + 4)..<(end - 4)]) == UInt32(storedCRC) else { throw .malformed }
            let type = String(decoding: typeBytes, as: UTF8.self)
            switch (type, size) {
            case ("IHDR", nil): size = try pngHeaderSize(data)
            case ("IHDR", _), (_, nil): throw .malformed
            case ("IDAT", _): sawData = true
            case ("IEND", let size?):
                guard sawData, length == 0 else { throw .malformed }
                output.append(contentsOf: bytes[position..<end])
                return StrippedImage(bytes: output, width: size.width, height: size.height)
            default: break
            }
            if !pngMetadataChunks.contains(type) {
                output.append(contentsOf: bytes[position..<end])
            }
            position = end
        }
    }

    /// Width and height from IHDR, after checking its fields hold values the PNG
    /// specification allows.
    private static func pngHeaderSize(_ data: ArraySlice<UInt8>) throws(Problem) -> (width: Int, height: Int) {
        let base = data.startIndex
        guard data.count == 13, let width = data.bigEndian(at: base, count: 4),
              let height = data.bigEndian(at: base + 4, count: 4),
              width <= 0x7FFF_FFFF, height <= 0x7FFF_FFFF else { throw .malformed }
        let depth = data[base + 8], colourType = data[base + 9]
        let allowedDepths: [UInt8: Set<UInt8>] = [0: [1, 2, 4, 8, 16], 2: [8, 16], 3: [1, 2, 4, 8], 4: [8, 16], 6: [8, 16]]
        guard allowedDepths[colourType]?.contains(depth) == true, data[base + 10] == 0, data[base + 11] == 0,
              data[base + 12] <= 1 else { throw .malformed }
        return (width, height)
    }
}

// MARK: - WebP

extension ImageSanitizer {
    /// Walks the RIFF chunks, dropping EXIF and XMP, clearing their flags in VP8X and
    /// rewriting the RIFF size; anything after the RIFF container is dropped.
    private static func stripWebP(_ bytes: [UInt8]) throws(Problem) -> StrippedImage {
        guard let riffSize = bytes.littleEndian(at: 4, count: 4), riffSize >= 4,
              8 + riffSize <= bytes.count else { throw .malformed }
        let end = 8 + riffSize
        var output = Array(bytes[0..<12])
        output.reserveCapacity(end)
        var position = 12
        var canvas: (width: Int, height: Int)?
        var flags: UInt8 = 0
        var frame: (width: Int, height: Int)?
        var sawFrames = false
        while position < end {
            guard position + 8 <= end, let chunkSize = bytes.littleEndian(at: position + 4, count: 4),
                  position + 8 + chunkSize + chunkSize % 2 <= end else { throw .malformed }
            let payload = bytes[(position + 8)..<(position + 8 + chunkSize)]
            let chunkEnd = position + 8 + chunkSize + chunkSize % 2
            let fourCC = String(decoding: bytes[position..<(position + 4)], as: UTF8.self)
            // The first chunk decides the layout: a simple file or an extended one.
            guard position > 12 || ["VP8 ", "VP8L", "VP8X"].contains(fourCC) else { throw .malformed }
            var chunk = Array(bytes[position..<chunkEnd])
            switch fourCC {
            case "VP8X":
                guard canvas == nil, position == 12, chunkSize == 10,
                      let width = payload.littleEndian(at: payload.startIndex + 4, count: 3),
                      let height = payload.littleEndian(at: payload.startIndex + 7, count: 3) else { throw .malformed }
                canvas = (width + 1, height + 1)
                flags = payload[payload.startIndex]
                chunk[8] &= ~(0x08 | 0x04)
            case "VP8 ", "VP8L":
                guard frame == nil else { throw .malformed }
                frame = fourCC == "VP8L" ? try losslessFrameSize(payload) : try lossyFrameSize(payload)
            case "ANMF":
                sawFrames = true
            case "EXIF", "XMP ":
                chunk = []
            default:
                break
            }
            output.append(contentsOf: chunk)
            position = chunkEnd
        }
        let size: (width: Int, height: Int)
        if let canvas {
            let animated = flags & 0x02 != 0
            if animated {
                guard sawFrames else { throw .malformed }
            } else {
                guard let frame, frame == canvas else { throw .malformed }
            }
            size = canvas
        } else {
            guard let frame else { throw .malformed }
            size = frame
        }
        output.replaceSubrange(4..<8, with: UInt32(output.count - 8).littleEndianBytes)
        return StrippedImage(bytes: output, width: size.width, height: size.height)
    }

    /// Width and height of a lossy key frame: a 3-byte frame tag, the start code
    /// 9D 01 2A, then 14-bit width and height (the top two bits of each are scaling).
    private static func lossyFrameSize(_ payload: ArraySlice<UInt8>) throws(Problem) -> (width: Int, height: Int) {
        let base = payload.startIndex
        guard payload.count >= 10, let tag = payload.littleEndian(at: base, count: 3),
              tag & 1 == 0, (tag >> 1) & 7 <= 3, payload.matches([0x9D, 0x01, 0x2A], at: base + 3),
              let width = payload.littleEndian(at: base + 6, count: 2),
              let height = payload.littleEndian(at: base + 8, count: 2) else { throw .malformed }
        return (width & 0x3FFF, height & 0x3FFF)
    }

    /// Width and height of a lossless image: the signature 0x2F, then 14 bits of width-1,
    /// 14 bits of height-1, an alpha bit and a 3-bit version that must be 0.
    private static func losslessFrameSize(_ payload: ArraySlice<UInt8>) throws(Problem) -> (width: Int, height: Int) {
        let base = payload.startIndex
        guard payload.count >= 5, payload[base] == 0x2F,
              let bits = payload.littleEndian(at: base + 1, count: 4), bits >> 29 == 0 else { throw .malformed }
        return ((bits & 0x3FFF) + 1, ((bits >> 14) & 0x3FFF) + 1)
    }
}

// MARK: - Reading bytes

extension Collection<UInt8> where Index == Int {
    /// The unsigned big-endian integer of `count` bytes at `offset`, or `nil` past the end.
    fileprivate func bigEndian(at offset: Int, count: Int) -> Int? {
        guard offset >= startIndex, count <= 4, offset <= endIndex - count else { return nil }
        return self[offset..<(offset + count)].reduce(0) { $0 << 8 | Int($1) }
    }

    /// The unsigned little-endian integer of `count` bytes at `offset`, or `nil` past the end.
    fileprivate func littleEndian(at offset: Int, count: Int) -> Int? {
        guard offset >= startIndex, count <= 4, offset <= endIndex - count else { return nil }
        return self[offset..<(offset + count)].reversed().reduce(0) { $0 << 8 | Int($1) }
    }

    /// Whether the bytes at `offset` are exactly `expected`.
    fileprivate func matches(_ expected: [UInt8], at offset: Int) -> Bool {
        guard offset >= startIndex, offset <= endIndex - expected.count else { return false }
        return self[offset..<(offset + expected.count)].elementsEqual(expected)
    }

    /// Whether the bytes at `offset` are the ASCII text `expected`.
    fileprivate func matches(_ expected: String, at offset: Int) -> Bool {
        matches(Array(expected.utf8), at: offset)
    }
}

extension UInt32 {
    /// The four bytes of the value, least significant first, as RIFF writes sizes.
    fileprivate var littleEndianBytes: [UInt8] {
        [UInt8(self & 0xFF), UInt8(self >> 8 & 0xFF), UInt8(self >> 16 & 0xFF), UInt8(self >> 24)]
    }
}
