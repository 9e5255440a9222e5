import { describe, expect, it } from 'vitest';
import { drillAttachments, formatSize, MAX_ATTACHMENT_BYTES, planAttachments, uploadProblem } from './attachments';

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

describe('uploadProblem with photos (drill records)', () => {
  it('also accepts .jpg and .png', () => {
    expect(uploadProblem({ name: '现场照片.JPG', size: 10 }, true)).toBeUndefined();
    expect(uploadProblem({ name: '现场照片.png', size: 10 }, true)).toBeUndefined();
    expect(uploadProblem({ name: '总结.pdf', size: 10 }, true)).toBeUndefined();
    expect(uploadProblem({ name: '视频.mp4', size: 10 }, true)).toBe('type');
  });
});

describe('endpoints', () => {
  it('lists and downloads plan and drill files at their own paths', () => {
    expect(planAttachments('p 1').list).toBe('/api/v1/plans/p%201/attachments');
    expect(planAttachments('p').download('a')).toBe('/api/v1/attachments/a');
    expect(drillAttachments('d').list).toBe('/api/v1/drills/d/attachments');
    expect(drillAttachments('d').download('a')).toBe('/api/v1/drill-attachments/a');
  });
});

describe('formatSize', () => {
  it('uses the largest unit that reads well', () => {
    expect(formatSize(12)).toBe('12 B');
    expect(formatSize(820 * 1024)).toBe('820 KB');
    expect(formatSize(1.5 * 1024 * 1024)).toBe('1.5 MB');
  });
});
