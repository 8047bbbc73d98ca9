"""A tiny, valid MP4 (H.264 Baseline, I_PCM macroblocks) written in pure Python, for tests.

No encoder is needed: every macroblock carries its pixels raw (I_PCM), so the bitstream is
a few header fields and the samples. The machine has no ffmpeg; Chromium plays this file.
"""

import struct

WIDTH, HEIGHT = 32, 32  # in 16×16 macroblocks: 2×2
TIMESCALE = 1000


class Bits:
    def __init__(self):
        self.bits = []

    def u(self, count, value):
        self.bits += [(value >> (count - 1 - i)) & 1 for i in range(count)]

    def ue(self, value):
        value += 1
        length = value.bit_length()
        self.u(length - 1, 0)
        self.u(length, value)

    def se(self, value):
        self.ue(2 * value - 1 if value > 0 else -2 * value)

    def align(self, bit=0):
        while len(self.bits) % 8:
            self.bits.append(bit)

    def trailing(self):
        self.bits.append(1)
        self.align()

    def raw(self, data):
        assert len(self.bits) % 8 == 0
        for byte in data:
            self.u(8, byte)

    def bytes(self):
        assert len(self.bits) % 8 == 0
        return bytes(
            int("".join(map(str, self.bits[i : i + 8])), 2) for i in range(0, len(self.bits), 8)
        )


def nal(header, rbsp):
    """A NAL unit: its header byte and the payload with emulation prevention bytes."""
    out, zeros = bytearray([header]), 0
    for byte in rbsp:
        if zeros >= 2 and byte <= 3:
            out.append(3)
            zeros = 0
        out.append(byte)
        zeros = zeros + 1 if byte == 0 else 0
    return bytes(out)


def sps():
    b = Bits()
    b.u(8, 66)  # Baseline
    b.u(8, 0xC0)  # constraint_set0 and 1
    b.u(8, 10)  # level 1.0
    b.ue(0)  # seq_parameter_set_id
    b.ue(0)  # log2_max_frame_num_minus4
    b.ue(2)  # pic_order_cnt_type
    b.ue(1)  # max_num_ref_frames
    b.u(1, 0)  # gaps_in_frame_num_value_allowed_flag
    b.ue(WIDTH // 16 - 1)
    b.ue(HEIGHT // 16 - 1)
    b.u(1, 1)  # frame_mbs_only_flag
    b.u(1, 1)  # direct_8x8_inference_flag
    b.u(1, 0)  # frame_cropping_flag
    b.u(1, 0)  # vui_parameters_present_flag
    b.trailing()
    return nal(0x67, b.bytes())


def pps():
    b = Bits()
    b.ue(0)  # pic_parameter_set_id
    b.ue(0)  # seq_parameter_set_id
    b.u(1, 0)  # entropy_coding_mode_flag (CAVLC)
    b.u(1, 0)  # bottom_field_pic_order_in_frame_present_flag
    b.ue(0)  # num_slice_groups_minus1
    b.ue(0)  # num_ref_idx_l0_default_active_minus1
    b.ue(0)  # num_ref_idx_l1_default_active_minus1
    b.u(1, 0)  # weighted_pred_flag
    b.u(2, 0)  # weighted_bipred_idc
    b.se(0)  # pic_init_qp_minus26
    b.se(0)  # pic_init_qs_minus26
    b.se(0)  # chroma_qp_index_offset
    b.u(1, 0)  # deblocking_filter_control_present_flag
    b.u(1, 0)  # constrained_intra_pred_flag
    b.u(1, 0)  # redundant_pic_cnt_present_flag
    b.trailing()
    return nal(0x68, b.bytes())


def idr_slice(index, colour):
    """One frame: an IDR slice of I_PCM macroblocks in one colour (Y, Cb, Cr)."""
    y, cb, cr = colour
    b = Bits()
    b.ue(0)  # first_mb_in_slice
    b.ue(7)  # slice_type: I (all slices)
    b.ue(0)  # pic_parameter_set_id
    b.u(4, 0)  # frame_num
    b.ue(index % 2)  # idr_pic_id: neighbouring IDR pictures differ
    b.u(1, 0)  # no_output_of_prior_pics_flag
    b.u(1, 0)  # long_term_reference_flag
    b.se(0)  # slice_qp_delta
    for _ in range((WIDTH // 16) * (HEIGHT // 16)):
        b.ue(25)  # mb_type I_PCM
        b.align()  # pcm_alignment_zero_bit
        b.raw(bytes([y]) * 256 + bytes([cb]) * 64 + bytes([cr]) * 64)
    b.trailing()
    return nal(0x65, b.bytes())


def box(kind, *parts):
    payload = b"".join(parts)
    return struct.pack(">I", 8 + len(payload)) + kind + payload


def full_box(kind, version, flags, *parts):
    return box(kind, struct.pack(">I", (version << 24) | flags), *parts)


MATRIX = struct.pack(">9I", 0x10000, 0, 0, 0, 0x10000, 0, 0, 0, 0x40000000)


def tiny_mp4(frames=4, frame_ms=500):
    """An MP4 of `frames` frames, `frame_ms` each (two seconds by default)."""
    colours = [(81, 90, 240), (145, 54, 34), (41, 240, 110), (210, 16, 146)]
    samples = [
        (lambda n: struct.pack(">I", len(n)) + n)(idr_slice(i, colours[i % len(colours)]))
        for i in range(frames)
    ]
    duration = frames * frame_ms
    seq, pic = sps(), pps()
    avcc = box(
        b"avcC",
        bytes([1, seq[1], seq[2], seq[3], 0xFF, 0xE1]),
        struct.pack(">H", len(seq)),
        seq,
        bytes([1]),
        struct.pack(">H", len(pic)),
        pic,
    )
    avc1 = box(
        b"avc1",
        bytes(6),
        struct.pack(">H", 1),  # data_reference_index
        bytes(16),
        struct.pack(">HH", WIDTH, HEIGHT),
        struct.pack(">II", 0x480000, 0x480000),
        bytes(4),
        struct.pack(">H", 1),  # frame_count
        bytes(32),  # compressorname
        struct.pack(">Hh", 0x18, -1),
        avcc,
    )

    def moov(chunk_offset):
        stbl = box(
            b"stbl",
            full_box(b"stsd", 0, 0, struct.pack(">I", 1), avc1),
            full_box(b"stts", 0, 0, struct.pack(">III", 1, frames, frame_ms)),
            full_box(b"stsc", 0, 0, struct.pack(">IIII", 1, 1, frames, 1)),
            full_box(
                b"stsz",
                0,
                0,
                struct.pack(">II", 0, frames),
                b"".join(struct.pack(">I", len(s)) for s in samples),
            ),
            full_box(b"stco", 0, 0, struct.pack(">II", 1, chunk_offset)),
        )
        dinf = box(b"dinf", full_box(b"dref", 0, 0, struct.pack(">I", 1), full_box(b"url ", 0, 1)))
        minf = box(b"minf", full_box(b"vmhd", 0, 1, bytes(8)), dinf, stbl)
        mdia = box(
            b"mdia",
            full_box(b"mdhd", 0, 0, struct.pack(">IIIIHH", 0, 0, TIMESCALE, duration, 0x55C4, 0)),
            full_box(b"hdlr", 0, 0, bytes(4), b"vide", bytes(12), b"VideoHandler\0"),
            minf,
        )
        tkhd = full_box(
            b"tkhd",
            0,
            3,
            struct.pack(">IIII", 0, 0, 1, 0),
            struct.pack(">I", duration),
            bytes(8),
            struct.pack(">hhhH", 0, 0, 0, 0),
            MATRIX,
            struct.pack(">II", WIDTH << 16, HEIGHT << 16),
        )
        mvhd = full_box(
            b"mvhd",
            0,
            0,
            struct.pack(">IIII", 0, 0, TIMESCALE, duration),
            struct.pack(">IH", 0x10000, 0x100),
            bytes(10),
            MATRIX,
            bytes(24),
            struct.pack(">I", 2),
        )
        return box(b"moov", mvhd, box(b"trak", tkhd, mdia))

    ftyp = box(b"ftyp", b"isom", struct.pack(">I", 512), b"isomiso2avc1mp41")
    head = len(ftyp) + len(moov(0)) + 8  # the samples start after mdat's own header
    return ftyp + moov(head) + box(b"mdat", *samples)


SUBTITLES = "WEBVTT\n\n00:00.000 --> 00:02.000\n劳动最光荣\n"
