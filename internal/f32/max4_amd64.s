//go:build amd64

#include "textflag.h"

DATA iota8<>+0(SB)/4, $0
DATA iota8<>+4(SB)/4, $1
DATA iota8<>+8(SB)/4, $2
DATA iota8<>+12(SB)/4, $3
DATA iota8<>+16(SB)/4, $4
DATA iota8<>+20(SB)/4, $5
DATA iota8<>+24(SB)/4, $6
DATA iota8<>+28(SB)/4, $7
GLOBL iota8<>(SB), RODATA|NOPTR, $32

// func max4AVX2(y *float32, arg *int32, x0, x1, x2, x3 *float32, i0, i1, i2, i3, n int)
// Max4Scalar's result for channels c < n (n a multiple of 8): each of x1,
// x2, x3 replaces the best so far where best < v (VCMPPS LT_OQ: false when
// either is NaN, as Go's v > best), with its index; x_k[c] is at x_k + 4c
// and has index i_k + c. Go operand order: VCMPPS $pred, src2, src1, dst
// computes src1 pred src2; VBLENDVPS mask, whenSet, whenClear, dst.
TEXT ·max4AVX2(SB), NOSPLIT, $0-88
	MOVQ y+0(FP), DI
	MOVQ arg+8(FP), R8
	MOVQ x0+16(FP), SI
	MOVQ x1+24(FP), R9
	MOVQ x2+32(FP), R10
	MOVQ x3+40(FP), R11
	VMOVDQU      iota8<>(SB), Y12
	VPBROADCASTD i0+48(FP), Y8
	VPBROADCASTD i1+56(FP), Y9
	VPBROADCASTD i2+64(FP), Y10
	VPBROADCASTD i3+72(FP), Y11
	VPADDD       Y12, Y8, Y8
	VPADDD       Y12, Y9, Y9
	VPADDD       Y12, Y10, Y10
	VPADDD       Y12, Y11, Y11
	MOVL         $8, AX
	VMOVD        AX, X13
	VPBROADCASTD X13, Y13
	MOVQ         n+80(FP), CX
	XORQ         BX, BX

loop:
	CMPQ      CX, $8
	JL        done
	VMOVUPS   (SI)(BX*1), Y0
	VMOVDQU   Y8, Y4
	VMOVUPS   (R9)(BX*1), Y1
	VCMPPS    $0x11, Y1, Y0, Y2
	VBLENDVPS Y2, Y1, Y0, Y0
	VBLENDVPS Y2, Y9, Y4, Y4
	VMOVUPS   (R10)(BX*1), Y1
	VCMPPS    $0x11, Y1, Y0, Y2
	VBLENDVPS Y2, Y1, Y0, Y0
	VBLENDVPS Y2, Y10, Y4, Y4
	VMOVUPS   (R11)(BX*1), Y1
	VCMPPS    $0x11, Y1, Y0, Y2
	VBLENDVPS Y2, Y1, Y0, Y0
	VBLENDVPS Y2, Y11, Y4, Y4
	VMOVUPS   Y0, (DI)(BX*1)
	VMOVDQU   Y4, (R8)(BX*1)
	VPADDD    Y13, Y8, Y8
	VPADDD    Y13, Y9, Y9
	VPADDD    Y13, Y10, Y10
	VPADDD    Y13, Y11, Y11
	ADDQ      $32, BX
	SUBQ      $8, CX
	JMP       loop

done:
	VZEROUPPER
	RET
