//go:build amd64

#include "textflag.h"

// The narrow product's row kernel (narrow.go): two rows of C, nv (1, 2 or 4)
// vectors of 8 columns, C[r][j] = (acc ? C[r][j] : 0) + a_r[0] b[0][j] +
// a_r[1] b[1][j] + ... in that order, each term added with one rounding
// (VFMADD231PS), as the scalar reference rowsScalar does with fma32, so the
// bits are the scalar code's.

// func rows2AVX2(c0, c1, a0, a1 *float32, astep int, b *float32, ldb, k, nv, acc, segs, aseg, bseg int)
// The sum runs over segs segments of k terms; segment s reads a_r from
// s*aseg and b from s*bseg on. Strides in elements; segs >= 1.
TEXT ·rows2AVX2(SB), NOSPLIT, $0-104
	MOVQ c0+0(FP), R8
	MOVQ c1+8(FP), R9
	MOVQ a0+16(FP), SI
	MOVQ a1+24(FP), DI
	MOVQ astep+32(FP), R10
	SHLQ $2, R10
	MOVQ b+40(FP), BX
	MOVQ ldb+48(FP), R11
	SHLQ $2, R11
	MOVQ k+56(FP), CX
	MOVQ nv+64(FP), DX
	MOVQ acc+72(FP), AX
	// R12, R13: from the end of one segment to the start of the next
	MOVQ aseg+88(FP), R12
	SHLQ $2, R12
	MOVQ CX, R14
	IMULQ R10, R14
	SUBQ R14, R12
	MOVQ bseg+96(FP), R13
	SHLQ $2, R13
	MOVQ CX, R14
	IMULQ R11, R14
	SUBQ R14, R13

	CMPQ DX, $4
	JEQ  nv4
	CMPQ DX, $2
	JEQ  nv2

	// nv == 1
	VXORPS Y0, Y0, Y0
	VXORPS Y4, Y4, Y4
	TESTQ  AX, AX
	JZ     loop1
	VMOVUPS (R8), Y0
	VMOVUPS (R9), Y4
loop1:
	TESTQ CX, CX
	JZ    seg1
	VMOVUPS      (BX), Y8
	VBROADCASTSS (SI), Y12
	VBROADCASTSS (DI), Y13
	VFMADD231PS Y8, Y12, Y0
	VFMADD231PS Y8, Y13, Y4
	ADDQ         R10, SI
	ADDQ         R10, DI
	ADDQ         R11, BX
	DECQ         CX
	JMP          loop1
seg1:
	DECQ segs+80(FP)
	JZ   done1
	ADDQ R12, SI
	ADDQ R12, DI
	ADDQ R13, BX
	MOVQ k+56(FP), CX
	JMP  loop1
done1:
	VMOVUPS Y0, (R8)
	VMOVUPS Y4, (R9)
	VZEROUPPER
	RET

nv2:
	VXORPS Y0, Y0, Y0
	VXORPS Y1, Y1, Y1
	VXORPS Y4, Y4, Y4
	VXORPS Y5, Y5, Y5
	TESTQ  AX, AX
	JZ     loop2
	VMOVUPS (R8), Y0
	VMOVUPS 32(R8), Y1
	VMOVUPS (R9), Y4
	VMOVUPS 32(R9), Y5
loop2:
	TESTQ CX, CX
	JZ    seg2
	VMOVUPS      (BX), Y8
	VMOVUPS      32(BX), Y9
	VBROADCASTSS (SI), Y12
	VBROADCASTSS (DI), Y13
	VFMADD231PS Y8, Y12, Y0
	VFMADD231PS Y9, Y12, Y1
	VFMADD231PS Y8, Y13, Y4
	VFMADD231PS Y9, Y13, Y5
	ADDQ         R10, SI
	ADDQ         R10, DI
	ADDQ         R11, BX
	DECQ         CX
	JMP          loop2
seg2:
	DECQ segs+80(FP)
	JZ   done2
	ADDQ R12, SI
	ADDQ R12, DI
	ADDQ R13, BX
	MOVQ k+56(FP), CX
	JMP  loop2
done2:
	VMOVUPS Y0, (R8)
	VMOVUPS Y1, 32(R8)
	VMOVUPS Y4, (R9)
	VMOVUPS Y5, 32(R9)
	VZEROUPPER
	RET

nv4:
	VXORPS Y0, Y0, Y0
	VXORPS Y1, Y1, Y1
	VXORPS Y2, Y2, Y2
	VXORPS Y3, Y3, Y3
	VXORPS Y4, Y4, Y4
	VXORPS Y5, Y5, Y5
	VXORPS Y6, Y6, Y6
	VXORPS Y7, Y7, Y7
	TESTQ  AX, AX
	JZ     loop4
	VMOVUPS (R8), Y0
	VMOVUPS 32(R8), Y1
	VMOVUPS 64(R8), Y2
	VMOVUPS 96(R8), Y3
	VMOVUPS (R9), Y4
	VMOVUPS 32(R9), Y5
	VMOVUPS 64(R9), Y6
	VMOVUPS 96(R9), Y7
loop4:
	TESTQ CX, CX
	JZ    seg4
	VMOVUPS      (BX), Y8
	VMOVUPS      32(BX), Y9
	VMOVUPS      64(BX), Y10
	VMOVUPS      96(BX), Y11
	VBROADCASTSS (SI), Y12
	VBROADCASTSS (DI), Y13
	VFMADD231PS Y8, Y12, Y0
	VFMADD231PS Y9, Y12, Y1
	VFMADD231PS Y10, Y12, Y2
	VFMADD231PS Y11, Y12, Y3
	VFMADD231PS Y8, Y13, Y4
	VFMADD231PS Y9, Y13, Y5
	VFMADD231PS Y10, Y13, Y6
	VFMADD231PS Y11, Y13, Y7
	ADDQ         R10, SI
	ADDQ         R10, DI
	ADDQ         R11, BX
	DECQ         CX
	JMP          loop4
seg4:
	DECQ segs+80(FP)
	JZ   done4
	ADDQ R12, SI
	ADDQ R12, DI
	ADDQ R13, BX
	MOVQ k+56(FP), CX
	JMP  loop4
done4:
	VMOVUPS Y0, (R8)
	VMOVUPS Y1, 32(R8)
	VMOVUPS Y2, 64(R8)
	VMOVUPS Y3, 96(R8)
	VMOVUPS Y4, (R9)
	VMOVUPS Y5, 32(R9)
	VMOVUPS Y6, 64(R9)
	VMOVUPS Y7, 96(R9)
	VZEROUPPER
	RET

// func rows6AVX2(c *float32, ldc int, a *float32, ars, acs int, b *float32, ldb, k, acc, segs, aseg, bseg int)
// Six rows by 16 columns: C[r][j] (row r at c + r*ldc) = (acc ? C[r][j] : 0)
// + sum over kk < k of a[r*ars + kk*acs] * b[kk*ldb + j], r < 6, j < 16, in
// kk order, each step one fused multiply-add, over segs segments of k terms
// as in rows2AVX2. Strides in elements.
TEXT ·rows6AVX2(SB), NOSPLIT, $0-96
	MOVQ c+0(FP), R8
	MOVQ ldc+8(FP), R9
	SHLQ $2, R9
	MOVQ a+16(FP), SI
	MOVQ ars+24(FP), R10
	SHLQ $2, R10
	MOVQ acs+32(FP), R11
	SHLQ $2, R11
	MOVQ b+40(FP), BX
	MOVQ ldb+48(FP), R12
	SHLQ $2, R12
	MOVQ k+56(FP), CX
	MOVQ acc+64(FP), AX
	// DX, DI: from the end of one segment to the start of the next
	MOVQ aseg+80(FP), DX
	SHLQ $2, DX
	MOVQ CX, R13
	IMULQ R11, R13
	SUBQ R13, DX
	MOVQ bseg+88(FP), DI
	SHLQ $2, DI
	MOVQ CX, R13
	IMULQ R12, R13
	SUBQ R13, DI

	// R13 = a + 3 rows, R14 = c + 3 rows
	LEAQ (SI)(R10*2), R13
	ADDQ R10, R13
	LEAQ (R8)(R9*2), R14
	ADDQ R9, R14

	VXORPS Y0, Y0, Y0
	VXORPS Y1, Y1, Y1
	VXORPS Y2, Y2, Y2
	VXORPS Y3, Y3, Y3
	VXORPS Y4, Y4, Y4
	VXORPS Y5, Y5, Y5
	VXORPS Y6, Y6, Y6
	VXORPS Y7, Y7, Y7
	VXORPS Y8, Y8, Y8
	VXORPS Y9, Y9, Y9
	VXORPS Y10, Y10, Y10
	VXORPS Y11, Y11, Y11
	TESTQ  AX, AX
	JZ     loop6
	VMOVUPS (R8), Y0
	VMOVUPS 32(R8), Y1
	VMOVUPS (R8)(R9*1), Y2
	VMOVUPS 32(R8)(R9*1), Y3
	VMOVUPS (R8)(R9*2), Y4
	VMOVUPS 32(R8)(R9*2), Y5
	VMOVUPS (R14), Y6
	VMOVUPS 32(R14), Y7
	VMOVUPS (R14)(R9*1), Y8
	VMOVUPS 32(R14)(R9*1), Y9
	VMOVUPS (R14)(R9*2), Y10
	VMOVUPS 32(R14)(R9*2), Y11

loop6:
	TESTQ CX, CX
	JZ    seg6
	VMOVUPS      (BX), Y12
	VMOVUPS      32(BX), Y13
	VBROADCASTSS (SI), Y14
	VFMADD231PS Y12, Y14, Y0
	VFMADD231PS Y13, Y14, Y1
	VBROADCASTSS (SI)(R10*1), Y14
	VFMADD231PS Y12, Y14, Y2
	VFMADD231PS Y13, Y14, Y3
	VBROADCASTSS (SI)(R10*2), Y14
	VFMADD231PS Y12, Y14, Y4
	VFMADD231PS Y13, Y14, Y5
	VBROADCASTSS (R13), Y14
	VFMADD231PS Y12, Y14, Y6
	VFMADD231PS Y13, Y14, Y7
	VBROADCASTSS (R13)(R10*1), Y14
	VFMADD231PS Y12, Y14, Y8
	VFMADD231PS Y13, Y14, Y9
	VBROADCASTSS (R13)(R10*2), Y14
	VFMADD231PS Y12, Y14, Y10
	VFMADD231PS Y13, Y14, Y11
	ADDQ         R11, SI
	ADDQ         R11, R13
	ADDQ         R12, BX
	DECQ         CX
	JMP          loop6

seg6:
	DECQ segs+72(FP)
	JZ   done6
	ADDQ DX, SI
	ADDQ DX, R13
	ADDQ DI, BX
	MOVQ k+56(FP), CX
	JMP  loop6

done6:
	VMOVUPS Y0, (R8)
	VMOVUPS Y1, 32(R8)
	VMOVUPS Y2, (R8)(R9*1)
	VMOVUPS Y3, 32(R8)(R9*1)
	VMOVUPS Y4, (R8)(R9*2)
	VMOVUPS Y5, 32(R8)(R9*2)
	VMOVUPS Y6, (R14)
	VMOVUPS Y7, 32(R14)
	VMOVUPS Y8, (R14)(R9*1)
	VMOVUPS Y9, 32(R14)(R9*1)
	VMOVUPS Y10, (R14)(R9*2)
	VMOVUPS Y11, 32(R14)(R9*2)
	VZEROUPPER
	RET
