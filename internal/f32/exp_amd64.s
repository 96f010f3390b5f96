//go:build amd64

#include "textflag.h"

// exp32 (kernels.go) on 8 lanes with AVX2: the same float32 operations in the
// same order (no FMA), so results are bit-identical to the scalar function.
// Every constant is replicated 8 times for use as a 256-bit memory operand.

DATA expLo<>+0(SB)/4, $0xc2aeac4f
DATA expLo<>+4(SB)/4, $0xc2aeac4f
DATA expLo<>+8(SB)/4, $0xc2aeac4f
DATA expLo<>+12(SB)/4, $0xc2aeac4f
DATA expLo<>+16(SB)/4, $0xc2aeac4f
DATA expLo<>+20(SB)/4, $0xc2aeac4f
DATA expLo<>+24(SB)/4, $0xc2aeac4f
DATA expLo<>+28(SB)/4, $0xc2aeac4f
GLOBL expLo<>(SB), RODATA|NOPTR, $32

DATA expHi<>+0(SB)/4, $0x42b17217
DATA expHi<>+4(SB)/4, $0x42b17217
DATA expHi<>+8(SB)/4, $0x42b17217
DATA expHi<>+12(SB)/4, $0x42b17217
DATA expHi<>+16(SB)/4, $0x42b17217
DATA expHi<>+20(SB)/4, $0x42b17217
DATA expHi<>+24(SB)/4, $0x42b17217
DATA expHi<>+28(SB)/4, $0x42b17217
GLOBL expHi<>(SB), RODATA|NOPTR, $32

DATA expLog2e<>+0(SB)/4, $0x3fb8aa3b
DATA expLog2e<>+4(SB)/4, $0x3fb8aa3b
DATA expLog2e<>+8(SB)/4, $0x3fb8aa3b
DATA expLog2e<>+12(SB)/4, $0x3fb8aa3b
DATA expLog2e<>+16(SB)/4, $0x3fb8aa3b
DATA expLog2e<>+20(SB)/4, $0x3fb8aa3b
DATA expLog2e<>+24(SB)/4, $0x3fb8aa3b
DATA expLog2e<>+28(SB)/4, $0x3fb8aa3b
GLOBL expLog2e<>(SB), RODATA|NOPTR, $32

DATA expHalf<>+0(SB)/4, $0x3f000000
DATA expHalf<>+4(SB)/4, $0x3f000000
DATA expHalf<>+8(SB)/4, $0x3f000000
DATA expHalf<>+12(SB)/4, $0x3f000000
DATA expHalf<>+16(SB)/4, $0x3f000000
DATA expHalf<>+20(SB)/4, $0x3f000000
DATA expHalf<>+24(SB)/4, $0x3f000000
DATA expHalf<>+28(SB)/4, $0x3f000000
GLOBL expHalf<>(SB), RODATA|NOPTR, $32

DATA expC1<>+0(SB)/4, $0x3f318000
DATA expC1<>+4(SB)/4, $0x3f318000
DATA expC1<>+8(SB)/4, $0x3f318000
DATA expC1<>+12(SB)/4, $0x3f318000
DATA expC1<>+16(SB)/4, $0x3f318000
DATA expC1<>+20(SB)/4, $0x3f318000
DATA expC1<>+24(SB)/4, $0x3f318000
DATA expC1<>+28(SB)/4, $0x3f318000
GLOBL expC1<>(SB), RODATA|NOPTR, $32

DATA expC2<>+0(SB)/4, $0xb95e8083
DATA expC2<>+4(SB)/4, $0xb95e8083
DATA expC2<>+8(SB)/4, $0xb95e8083
DATA expC2<>+12(SB)/4, $0xb95e8083
DATA expC2<>+16(SB)/4, $0xb95e8083
DATA expC2<>+20(SB)/4, $0xb95e8083
DATA expC2<>+24(SB)/4, $0xb95e8083
DATA expC2<>+28(SB)/4, $0xb95e8083
GLOBL expC2<>(SB), RODATA|NOPTR, $32

DATA expP0<>+0(SB)/4, $0x39506967
DATA expP0<>+4(SB)/4, $0x39506967
DATA expP0<>+8(SB)/4, $0x39506967
DATA expP0<>+12(SB)/4, $0x39506967
DATA expP0<>+16(SB)/4, $0x39506967
DATA expP0<>+20(SB)/4, $0x39506967
DATA expP0<>+24(SB)/4, $0x39506967
DATA expP0<>+28(SB)/4, $0x39506967
GLOBL expP0<>(SB), RODATA|NOPTR, $32

DATA expP1<>+0(SB)/4, $0x3ab743ce
DATA expP1<>+4(SB)/4, $0x3ab743ce
DATA expP1<>+8(SB)/4, $0x3ab743ce
DATA expP1<>+12(SB)/4, $0x3ab743ce
DATA expP1<>+16(SB)/4, $0x3ab743ce
DATA expP1<>+20(SB)/4, $0x3ab743ce
DATA expP1<>+24(SB)/4, $0x3ab743ce
DATA expP1<>+28(SB)/4, $0x3ab743ce
GLOBL expP1<>(SB), RODATA|NOPTR, $32

DATA expP2<>+0(SB)/4, $0x3c088908
DATA expP2<>+4(SB)/4, $0x3c088908
DATA expP2<>+8(SB)/4, $0x3c088908
DATA expP2<>+12(SB)/4, $0x3c088908
DATA expP2<>+16(SB)/4, $0x3c088908
DATA expP2<>+20(SB)/4, $0x3c088908
DATA expP2<>+24(SB)/4, $0x3c088908
DATA expP2<>+28(SB)/4, $0x3c088908
GLOBL expP2<>(SB), RODATA|NOPTR, $32

DATA expP3<>+0(SB)/4, $0x3d2aa9c1
DATA expP3<>+4(SB)/4, $0x3d2aa9c1
DATA expP3<>+8(SB)/4, $0x3d2aa9c1
DATA expP3<>+12(SB)/4, $0x3d2aa9c1
DATA expP3<>+16(SB)/4, $0x3d2aa9c1
DATA expP3<>+20(SB)/4, $0x3d2aa9c1
DATA expP3<>+24(SB)/4, $0x3d2aa9c1
DATA expP3<>+28(SB)/4, $0x3d2aa9c1
GLOBL expP3<>(SB), RODATA|NOPTR, $32

DATA expP4<>+0(SB)/4, $0x3e2aaaaa
DATA expP4<>+4(SB)/4, $0x3e2aaaaa
DATA expP4<>+8(SB)/4, $0x3e2aaaaa
DATA expP4<>+12(SB)/4, $0x3e2aaaaa
DATA expP4<>+16(SB)/4, $0x3e2aaaaa
DATA expP4<>+20(SB)/4, $0x3e2aaaaa
DATA expP4<>+24(SB)/4, $0x3e2aaaaa
DATA expP4<>+28(SB)/4, $0x3e2aaaaa
GLOBL expP4<>(SB), RODATA|NOPTR, $32

DATA expP5<>+0(SB)/4, $0x3f000000
DATA expP5<>+4(SB)/4, $0x3f000000
DATA expP5<>+8(SB)/4, $0x3f000000
DATA expP5<>+12(SB)/4, $0x3f000000
DATA expP5<>+16(SB)/4, $0x3f000000
DATA expP5<>+20(SB)/4, $0x3f000000
DATA expP5<>+24(SB)/4, $0x3f000000
DATA expP5<>+28(SB)/4, $0x3f000000
GLOBL expP5<>(SB), RODATA|NOPTR, $32

DATA expOne<>+0(SB)/4, $0x3f800000
DATA expOne<>+4(SB)/4, $0x3f800000
DATA expOne<>+8(SB)/4, $0x3f800000
DATA expOne<>+12(SB)/4, $0x3f800000
DATA expOne<>+16(SB)/4, $0x3f800000
DATA expOne<>+20(SB)/4, $0x3f800000
DATA expOne<>+24(SB)/4, $0x3f800000
DATA expOne<>+28(SB)/4, $0x3f800000
GLOBL expOne<>(SB), RODATA|NOPTR, $32

DATA expTwoM64<>+0(SB)/4, $0x1f800000
DATA expTwoM64<>+4(SB)/4, $0x1f800000
DATA expTwoM64<>+8(SB)/4, $0x1f800000
DATA expTwoM64<>+12(SB)/4, $0x1f800000
DATA expTwoM64<>+16(SB)/4, $0x1f800000
DATA expTwoM64<>+20(SB)/4, $0x1f800000
DATA expTwoM64<>+24(SB)/4, $0x1f800000
DATA expTwoM64<>+28(SB)/4, $0x1f800000
GLOBL expTwoM64<>(SB), RODATA|NOPTR, $32

DATA exp127<>+0(SB)/4, $0x0000007f
DATA exp127<>+4(SB)/4, $0x0000007f
DATA exp127<>+8(SB)/4, $0x0000007f
DATA exp127<>+12(SB)/4, $0x0000007f
DATA exp127<>+16(SB)/4, $0x0000007f
DATA exp127<>+20(SB)/4, $0x0000007f
DATA exp127<>+24(SB)/4, $0x0000007f
DATA exp127<>+28(SB)/4, $0x0000007f
GLOBL exp127<>(SB), RODATA|NOPTR, $32

DATA exp191<>+0(SB)/4, $0x000000bf
DATA exp191<>+4(SB)/4, $0x000000bf
DATA exp191<>+8(SB)/4, $0x000000bf
DATA exp191<>+12(SB)/4, $0x000000bf
DATA exp191<>+16(SB)/4, $0x000000bf
DATA exp191<>+20(SB)/4, $0x000000bf
DATA exp191<>+24(SB)/4, $0x000000bf
DATA exp191<>+28(SB)/4, $0x000000bf
GLOBL exp191<>(SB), RODATA|NOPTR, $32

DATA expM127<>+0(SB)/4, $0xffffff81
DATA expM127<>+4(SB)/4, $0xffffff81
DATA expM127<>+8(SB)/4, $0xffffff81
DATA expM127<>+12(SB)/4, $0xffffff81
DATA expM127<>+16(SB)/4, $0xffffff81
DATA expM127<>+20(SB)/4, $0xffffff81
DATA expM127<>+24(SB)/4, $0xffffff81
DATA expM127<>+28(SB)/4, $0xffffff81
GLOBL expM127<>(SB), RODATA|NOPTR, $32

// func expScaleAVX2(dst, x *float32, n int, scale float32)
// dst[i] = exp32(x[i]*scale) for i < n; n must be a multiple of 8.
TEXT ·expScaleAVX2(SB), NOSPLIT, $0-28
	MOVQ dst+0(FP), DI
	MOVQ x+8(FP), SI
	MOVQ n+16(FP), CX
	VBROADCASTSS scale+24(FP), Y15
	VMOVUPS expHi<>(SB), Y14

loop:
	CMPQ CX, $8
	JL   done
	VMULPS (SI), Y15, Y0           // x = src * scale
	VCMPPS $1, expLo<>(SB), Y0, Y13 // under = x < -87.33654 (false for NaN)
	VMINPS Y0, Y14, Y0             // x = hi < x ? hi : x (NaN kept)
	VMULPS expLog2e<>(SB), Y0, Y1
	VADDPS expHalf<>(SB), Y1, Y1
	VROUNDPS $1, Y1, Y1            // fn = floor(x log2e + 0.5)
	VMULPS expC1<>(SB), Y1, Y2
	VSUBPS Y2, Y0, Y0              // r = x - fn*c1
	VMULPS expC2<>(SB), Y1, Y2
	VSUBPS Y2, Y0, Y0              // r -= fn*c2
	VMOVUPS expP0<>(SB), Y3
	VMULPS Y0, Y3, Y3
	VADDPS expP1<>(SB), Y3, Y3
	VMULPS Y0, Y3, Y3
	VADDPS expP2<>(SB), Y3, Y3
	VMULPS Y0, Y3, Y3
	VADDPS expP3<>(SB), Y3, Y3
	VMULPS Y0, Y3, Y3
	VADDPS expP4<>(SB), Y3, Y3
	VMULPS Y0, Y3, Y3
	VADDPS expP5<>(SB), Y3, Y3
	VMULPS Y0, Y3, Y3              // p*r
	VMULPS Y0, Y3, Y3              // p*r*r
	VADDPS Y0, Y3, Y3              // + r
	VADDPS expOne<>(SB), Y3, Y3    // y
	VCVTTPS2DQ Y1, Y4              // n
	VPADDD exp127<>(SB), Y4, Y5
	VPSLLD $23, Y5, Y5
	VMULPS Y5, Y3, Y6              // y * 2^n
	VPADDD exp191<>(SB), Y4, Y5
	VPSLLD $23, Y5, Y5
	VMULPS Y5, Y3, Y7
	VMULPS expTwoM64<>(SB), Y7, Y7 // y * 2^(n+64) * 2^-64 (n < -126)
	VPCMPGTD expM127<>(SB), Y4, Y8 // n > -127
	VBLENDVPS Y8, Y6, Y7, Y6
	VANDNPS Y6, Y13, Y6            // 0 where under
	VMOVUPS Y6, (DI)
	ADDQ $32, SI
	ADDQ $32, DI
	SUBQ $8, CX
	JMP  loop

done:
	VZEROUPPER
	RET
