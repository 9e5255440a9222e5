import { Image } from 'antd';
import { useEffect, useMemo } from 'react';
import { zhCN } from '../../../i18n/zh-CN';
import { usePhoto } from '../service';
import type { Attachment } from '../types';

/**
 * 照片缩略图: a photo fetched with the token (the download endpoint, so the same read rule holds) and shown small;
 * a click opens antd's preview at full size.
 */
export function PhotoThumbnail({ url, attachment }: { url: string; attachment: Attachment }) {
  const { data } = usePhoto(url);
  const src = useMemo(() => (data ? URL.createObjectURL(data) : undefined), [data]);
  useEffect(
    () => () => {
      if (src) {
        URL.revokeObjectURL(src);
      }
    },
    [src],
  );
  if (!src) {
    return <div style={{ width: 48, height: 48 }} aria-busy="true" />;
  }
  return (
    <Image
      src={src}
      width={48}
      height={48}
      style={{ objectFit: 'cover', borderRadius: 4 }}
      alt={zhCN.attachments.thumbnail(attachment.fileName)}
      preview={{ mask: zhCN.attachments.preview }}
    />
  );
}
