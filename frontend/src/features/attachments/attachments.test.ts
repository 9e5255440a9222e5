import { describe, expect, it } from 'vitest';
import { formatSize, MAX_ATTACHMENT_BYTES, uploadProblem } from './attachments';

describe('uploadProblem', () => {
  it('accepts .docx and .pdf within 50 MB', () => {
    expect(uploadProblem({ name: '防汛预案.docx', size: 1000 })).toBeUndefined();
    expect(uploadProblem({ name: '编制说明.PDF', size: MAX_ATTACHMENT_BYTES })).toBeUndefined();
  });

  it('refuses other types and larger files', () => {
    expect(uploadProblem({ name: '预案.doc', size: 10 })).toBe('type');
    expect(uploadProblem({ name: 'scan.png', size: 10 })).toBe('type');
    expect(uploadProblem({ name: '预案.pdf', size: MAX_ATTACHMENT_BYTES + 1 })).toBe('size');
  });
});

describe('formatSize', () => {
  it('uses the largest unit that reads well', () => {
    expect(formatSize(12)).toBe('12 B');
    expect(formatSize(820 * 1024)).toBe('820 KB');
    expect(formatSize(1.5 * 1024 * 1024)).toBe('1.5 MB');
  });
});
