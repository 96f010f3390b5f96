# docs/results/memorygan.md, "Session 17": the memory's h under the authors' rules while it is locked
# (python3 hsim.py; no dependencies; ~15 s). Prints h_real, the mean h and the range of fake h.
# h dynamics of the authors' memory rules while every fake query resets (the lock):
# real update: the 128-slot real block h <- 0.5 h + 1, age 0; fake update: the 64 oldest
# slots <- mean h (before the update), value 0, age 0; every update ages all slots by 1.
# Three updates per iteration (D step: real, fake; G step: fake).
import math
N,k,B=4096,128,64
h=[1e-5]*N; v=[1 if i<N//2 else 0 for i in range(N)]; age=[0]*N
def upd_real():
    for i in range(N): age[i]+=1
    for i in range(k): h[i]=0.5*h[i]+1; age[i]=0
def upd_fake():
    m=sum(h)/N; old=sorted(range(N),key=lambda i:(-age[i],i))[:B]
    for i in range(N): age[i]+=1
    for i in old: h[i]=m; v[i]=0; age[i]=0
for it in range(1,2001):
    upd_real(); upd_fake(); upd_fake()
    m=sum(h)/N
    if it in (1,2,3,5,10,15,20,30,50,100,200,300,400,500,600,800,1000,1200,1500,2000):
        fk=[h[i] for i in range(N) if v[i]==0]
        print(it,'h_real %.4f mean_h %.4f fake_h %.4f..%.4f log(h_real/mean_h) %.3f real_slots %d'%(h[0],m,min(fk),max(fk),math.log(h[0]/m),sum(v)))
