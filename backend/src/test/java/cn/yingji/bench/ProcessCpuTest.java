package cn.yingji.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

class ProcessCpuTest {

    @Test
    void readsParentAndTimesEvenWhenTheCommandNameHoldsSpacesAndParentheses() {
        // pid (comm) state ppid pgrp session tty tpgid flags minflt cminflt majflt cmajflt utime stime cutime cstime …
        ProcessCpu.Stat s = ProcessCpu.Stat.parse("4242 (postgres: a (b) c) S 17 4242 4242 0 -1 4194304 10 0 0 0 150 50 7 3 20 0");
        assertThat(s).isEqualTo(new ProcessCpu.Stat(4242, 17, 200, 10));
    }

    @Test
    void aTreeCountsItsDescendantsAndTheirWaitedForChildrenButNotItsParentOrSiblings() {
        List<ProcessCpu.Stat> stats = List.of(new ProcessCpu.Stat(1, 0, 1000, 0), new ProcessCpu.Stat(10, 1, 5, 100),
                new ProcessCpu.Stat(11, 10, 40, 0), new ProcessCpu.Stat(12, 11, 2, 0), new ProcessCpu.Stat(20, 1, 300, 0));
        assertThat(ProcessCpu.treeTicks(stats, 10)).isEqualTo(5 + 100 + 40 + 2);
        assertThat(ProcessCpu.treeTicks(stats, 99)).isZero();
    }
}
