//go:build amd64

#include "textflag.h"

// log32 (kernels.go) on 8 lanes with AVX2: the same float32 operations in the
// same order (no FMA), bit-identical to the scalar function for x > 0.

DATA logMant<>+0(SB)/4, $0x807fffff
DATA logMant<>+4(SB)/4, $0x807fffff
DATA logMant<>+8(SB)/4, $0x807fffff
DATA logMant<>+12(SB)/4, $0x807fffff
DATA logMant<>+16(SB)/4, $0x807fffff
DATA logMant<>+20(SB)/4, $0x807fffff
DATA logMant<>+24(SB)/4, $0x807fffff
DATA logMant<>+28(SB)/4, $0x807fffff
GLOBL logMant<>(SB), RODATA|NOPTR, $32

DATA logHalf<>+0(SB)/4, $0x3f000000
DATA logHalf<>+4(SB)/4, $0x3f000000
DATA logHalf<>+8(SB)/4, $0x3f000000
DATA logHalf<>+12(SB)/4, $0x3f000000
DATA logHalf<>+16(SB)/4, $0x3f000000
DATA logHalf<>+20(SB)/4, $0x3f000000
DATA logHalf<>+24(SB)/4, $0x3f000000
DATA logHalf<>+28(SB)/4, $0x3f000000
GLOBL logHalf<>(SB), RODATA|NOPTR, $32

DATA log126<>+0(SB)/4, $0x0000007e
DATA log126<>+4(SB)/4, $0x0000007e
DATA log126<>+8(SB)/4, $0x0000007e
DATA log126<>+12(SB)/4, $0x0000007e
DATA log126<>+16(SB)/4, $0x0000007e
DATA log126<>+20(SB)/4, $0x0000007e
DATA log126<>+24(SB)/4, $0x0000007e
DATA log126<>+28(SB)/4, $0x0000007e
GLOBL log126<>(SB), RODATA|NOPTR, $32

DATA logSqrtHf<>+0(SB)/4, $0x3f3504f3
DATA logSqrtHf<>+4(SB)/4, $0x3f3504f3
DATA logSqrtHf<>+8(SB)/4, $0x3f3504f3
DATA logSqrtHf<>+12(SB)/4, $0x3f3504f3
DATA logSqrtHf<>+16(SB)/4, $0x3f3504f3
DATA logSqrtHf<>+20(SB)/4, $0x3f3504f3
DATA logSqrtHf<>+24(SB)/4, $0x3f3504f3
DATA logSqrtHf<>+28(SB)/4, $0x3f3504f3
GLOBL logSqrtHf<>(SB), RODATA|NOPTR, $32

DATA logOne<>+0(SB)/4, $0x3f800000
DATA logOne<>+4(SB)/4, $0x3f800000
DATA logOne<>+8(SB)/4, $0x3f800000
DATA logOne<>+12(SB)/4, $0x3f800000
DATA logOne<>+16(SB)/4, $0x3f800000
DATA logOne<>+20(SB)/4, $0x3f800000
DATA logOne<>+24(SB)/4, $0x3f800000
DATA logOne<>+28(SB)/4, $0x3f800000
GLOBL logOne<>(SB), RODATA|NOPTR, $32

DATA logQ0<>+0(SB)/4, $0x3d9021bb
DATA logQ0<>+4(SB)/4, $0x3d9021bb
DATA logQ0<>+8(SB)/4, $0x3d9021bb
DATA logQ0<>+12(SB)/4, $0x3d9021bb
DATA logQ0<>+16(SB)/4, $0x3d9021bb
DATA logQ0<>+20(SB)/4, $0x3d9021bb
DATA logQ0<>+24(SB)/4, $0x3d9021bb
DATA logQ0<>+28(SB)/4, $0x3d9021bb
GLOBL logQ0<>(SB), RODATA|NOPTR, $32

DATA logQ1<>+0(SB)/4, $0x3debd1b8
DATA logQ1<>+4(SB)/4, $0x3debd1b8
DATA logQ1<>+8(SB)/4, $0x3debd1b8
DATA logQ1<>+12(SB)/4, $0x3debd1b8
DATA logQ1<>+16(SB)/4, $0x3debd1b8
DATA logQ1<>+20(SB)/4, $0x3debd1b8
DATA logQ1<>+24(SB)/4, $0x3debd1b8
DATA logQ1<>+28(SB)/4, $0x3debd1b8
GLOBL logQ1<>(SB), RODATA|NOPTR, $32

DATA logQ2<>+0(SB)/4, $0x3def251a
DATA logQ2<>+4(SB)/4, $0x3def251a
DATA logQ2<>+8(SB)/4, $0x3def251a
DATA logQ2<>+12(SB)/4, $0x3def251a
DATA logQ2<>+16(SB)/4, $0x3def251a
DATA logQ2<>+20(SB)/4, $0x3def251a
DATA logQ2<>+24(SB)/4, $0x3def251a
DATA logQ2<>+28(SB)/4, $0x3def251a
GLOBL logQ2<>(SB), RODATA|NOPTR, $32

DATA logQ3<>+0(SB)/4, $0x3dfe5d4f
DATA logQ3<>+4(SB)/4, $0x3dfe5d4f
DATA logQ3<>+8(SB)/4, $0x3dfe5d4f
DATA logQ3<>+12(SB)/4, $0x3dfe5d4f
DATA logQ3<>+16(SB)/4, $0x3dfe5d4f
DATA logQ3<>+20(SB)/4, $0x3dfe5d4f
DATA logQ3<>+24(SB)/4, $0x3dfe5d4f
DATA logQ3<>+28(SB)/4, $0x3dfe5d4f
GLOBL logQ3<>(SB), RODATA|NOPTR, $32

DATA logQ4<>+0(SB)/4, $0x3e11e9bf
DATA logQ4<>+4(SB)/4, $0x3e11e9bf
DATA logQ4<>+8(SB)/4, $0x3e11e9bf
DATA logQ4<>+12(SB)/4, $0x3e11e9bf
DATA logQ4<>+16(SB)/4, $0x3e11e9bf
DATA logQ4<>+20(SB)/4, $0x3e11e9bf
DATA logQ4<>+24(SB)/4, $0x3e11e9bf
DATA logQ4<>+28(SB)/4, $0x3e11e9bf
GLOBL logQ4<>(SB), RODATA|NOPTR, $32

DATA logQ5<>+0(SB)/4, $0x3e2aae50
DATA logQ5<>+4(SB)/4, $0x3e2aae50
DATA logQ5<>+8(SB)/4, $0x3e2aae50
DATA logQ5<>+12(SB)/4, $0x3e2aae50
DATA logQ5<>+16(SB)/4, $0x3e2aae50
DATA logQ5<>+20(SB)/4, $0x3e2aae50
DATA logQ5<>+24(SB)/4, $0x3e2aae50
DATA logQ5<>+28(SB)/4, $0x3e2aae50
GLOBL logQ5<>(SB), RODATA|NOPTR, $32

DATA logQ6<>+0(SB)/4, $0x3e4cceac
DATA logQ6<>+4(SB)/4, $0x3e4cceac
DATA logQ6<>+8(SB)/4, $0x3e4cceac
DATA logQ6<>+12(SB)/4, $0x3e4cceac
DATA logQ6<>+16(SB)/4, $0x3e4cceac
DATA logQ6<>+20(SB)/4, $0x3e4cceac
DATA logQ6<>+24(SB)/4, $0x3e4cceac
DATA logQ6<>+28(SB)/4, $0x3e4cceac
GLOBL logQ6<>(SB), RODATA|NOPTR, $32

DATA logQ7<>+0(SB)/4, $0x3e7ffffc
DATA logQ7<>+4(SB)/4, $0x3e7ffffc
DATA logQ7<>+8(SB)/4, $0x3e7ffffc
DATA logQ7<>+12(SB)/4, $0x3e7ffffc
DATA logQ7<>+16(SB)/4, $0x3e7ffffc
DATA logQ7<>+20(SB)/4, $0x3e7ffffc
DATA logQ7<>+24(SB)/4, $0x3e7ffffc
DATA logQ7<>+28(SB)/4, $0x3e7ffffc
GLOBL logQ7<>(SB), RODATA|NOPTR, $32

DATA logQ8<>+0(SB)/4, $0x3eaaaaaa
DATA logQ8<>+4(SB)/4, $0x3eaaaaaa
DATA logQ8<>+8(SB)/4, $0x3eaaaaaa
DATA logQ8<>+12(SB)/4, $0x3eaaaaaa
DATA logQ8<>+16(SB)/4, $0x3eaaaaaa
DATA logQ8<>+20(SB)/4, $0x3eaaaaaa
DATA logQ8<>+24(SB)/4, $0x3eaaaaaa
DATA logQ8<>+28(SB)/4, $0x3eaaaaaa
GLOBL logQ8<>(SB), RODATA|NOPTR, $32

DATA logC1<>+0(SB)/4, $0xb95e8083
DATA logC1<>+4(SB)/4, $0xb95e8083
DATA logC1<>+8(SB)/4, $0xb95e8083
DATA logC1<>+12(SB)/4, $0xb95e8083
DATA logC1<>+16(SB)/4, $0xb95e8083
DATA logC1<>+20(SB)/4, $0xb95e8083
DATA logC1<>+24(SB)/4, $0xb95e8083
DATA logC1<>+28(SB)/4, $0xb95e8083
GLOBL logC1<>(SB), RODATA|NOPTR, $32

DATA logNegHalf<>+0(SB)/4, $0xbf000000
DATA logNegHalf<>+4(SB)/4, $0xbf000000
DATA logNegHalf<>+8(SB)/4, $0xbf000000
DATA logNegHalf<>+12(SB)/4, $0xbf000000
DATA logNegHalf<>+16(SB)/4, $0xbf000000
DATA logNegHalf<>+20(SB)/4, $0xbf000000
DATA logNegHalf<>+24(SB)/4, $0xbf000000
DATA logNegHalf<>+28(SB)/4, $0xbf000000
GLOBL logNegHalf<>(SB), RODATA|NOPTR, $32

DATA logC2<>+0(SB)/4, $0x3f318000
DATA logC2<>+4(SB)/4, $0x3f318000
DATA logC2<>+8(SB)/4, $0x3f318000
DATA logC2<>+12(SB)/4, $0x3f318000
DATA logC2<>+16(SB)/4, $0x3f318000
DATA logC2<>+20(SB)/4, $0x3f318000
DATA logC2<>+24(SB)/4, $0x3f318000
DATA logC2<>+28(SB)/4, $0x3f318000
GLOBL logC2<>(SB), RODATA|NOPTR, $32

// func logAVX2(dst, x *float32, n int)
// dst[i] = log32(x[i]) for i < n; n must be a multiple of 8.
TEXT ·logAVX2(SB), NOSPLIT, $0-24
	MOVQ dst+0(FP), DI
	MOVQ x+8(FP), SI
	MOVQ n+16(FP), CX

loop:
	CMPQ CX, $8
	JL   done
	VMOVUPS (SI), Y0
	VPSRLD $23, Y0, Y1
	VPSUBD log126<>(SB), Y1, Y1       // e = bits>>23 - 126
	VANDPS logMant<>(SB), Y0, Y2
	VORPS logHalf<>(SB), Y2, Y2       // m in [0.5, 1)
	VCMPPS $1, logSqrtHf<>(SB), Y2, Y3 // lt = m < 0.70710678
	VPADDD Y3, Y1, Y1                 // e-- where lt (mask is -1)
	VADDPS Y2, Y2, Y4
	VSUBPS logOne<>(SB), Y4, Y4       // m + m - 1
	VSUBPS logOne<>(SB), Y2, Y2       // m - 1
	VBLENDVPS Y3, Y4, Y2, Y2          // m = lt ? m+m-1 : m-1
	VMULPS Y2, Y2, Y5                 // z = m*m
	VMOVUPS logQ0<>(SB), Y6
	VMULPS Y2, Y6, Y6
	VSUBPS logQ1<>(SB), Y6, Y6
	VMULPS Y2, Y6, Y6
	VADDPS logQ2<>(SB), Y6, Y6
	VMULPS Y2, Y6, Y6
	VSUBPS logQ3<>(SB), Y6, Y6
	VMULPS Y2, Y6, Y6
	VADDPS logQ4<>(SB), Y6, Y6
	VMULPS Y2, Y6, Y6
	VSUBPS logQ5<>(SB), Y6, Y6
	VMULPS Y2, Y6, Y6
	VADDPS logQ6<>(SB), Y6, Y6
	VMULPS Y2, Y6, Y6
	VSUBPS logQ7<>(SB), Y6, Y6
	VMULPS Y2, Y6, Y6
	VADDPS logQ8<>(SB), Y6, Y6        // p
	VMULPS Y5, Y2, Y7                 // m*z
	VMULPS Y7, Y6, Y6                 // y = m*z*p
	VCVTDQ2PS Y1, Y1                  // fe
	VMULPS logC1<>(SB), Y1, Y7
	VADDPS Y7, Y6, Y6                 // y += c1*fe
	VMULPS logNegHalf<>(SB), Y5, Y7
	VADDPS Y7, Y6, Y6                 // y += -0.5*z
	VADDPS Y6, Y2, Y6                 // m + y
	VMULPS logC2<>(SB), Y1, Y7
	VADDPS Y7, Y6, Y6                 // + c2*fe
	VMOVUPS Y6, (DI)
	ADDQ $32, SI
	ADDQ $32, DI
	SUBQ $8, CX
	JMP  loop

done:
	VZEROUPPER
	RET
