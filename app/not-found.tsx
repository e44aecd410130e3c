import NotFoundPanel from '@/components/NotFoundPanel';

// Reached for paths outside any supported locale, e.g. /fr/…; no UI language is known, so both show.
export default function GlobalNotFound() {
  return (
    <html lang="ko">
      <body className="min-h-screen bg-stone-50 text-stone-900 dark:bg-stone-950 dark:text-stone-100">
        <main className="mx-auto max-w-xl px-6 py-24">
          <NotFoundPanel
            locale="ko"
            title="페이지를 찾을 수 없습니다"
            body="이 주소에는 페이지가 없습니다."
            back="서재로 돌아가기"
            href="/ko"
          />
          <div lang="en" className="mt-12">
            <NotFoundPanel
              locale="en"
              title="Page not found"
              body="There is no page at this address."
              back="Back to the library"
              href="/en"
              level={2}
            />
          </div>
        </main>
      </body>
    </html>
  );
}
