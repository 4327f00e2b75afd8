import { useEffect, useState } from 'react';

/** A QR code of `text`, drawn by uqr (ESM, loaded with the join screen only) as an SVG image. */
export function QrCode({ text, alt }: { text: string; alt: string }) {
  const [src, setSrc] = useState<string | null>(null);
  useEffect(() => {
    let current = true;
    void import('uqr').then(({ renderSVG }) => {
      const svg = renderSVG(text, { ecc: 'M', border: 2, blackColor: '#000000', whiteColor: '#ffffff' });
      if (current) setSrc(`data:image/svg+xml;charset=utf-8,${encodeURIComponent(svg)}`);
    });
    return () => {
      current = false;
    };
  }, [text]);
  return src ? <img className="qr" src={src} alt={alt} width={240} height={240} /> : <div className="qr" aria-hidden="true" />;
}
