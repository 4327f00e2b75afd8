import { useEffect, useState } from 'react';

/** A QR code of `text`, drawn by the qrcode library (loaded with the join screen only) as an SVG image. */
export function QrCode({ text, alt }: { text: string; alt: string }) {
  const [src, setSrc] = useState<string | null>(null);
  useEffect(() => {
    let current = true;
    void import('qrcode').then(async (qr) => {
      const svg = await qr.toString(text, { type: 'svg', margin: 1, errorCorrectionLevel: 'M', color: { dark: '#000000', light: '#ffffff' } });
      if (current) setSrc(`data:image/svg+xml;charset=utf-8,${encodeURIComponent(svg)}`);
    });
    return () => {
      current = false;
    };
  }, [text]);
  return src ? <img className="qr" src={src} alt={alt} width={240} height={240} /> : <div className="qr" aria-hidden="true" />;
}
