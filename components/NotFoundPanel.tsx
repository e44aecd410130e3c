type Props = { locale: string; title: string; body: string; back: string; href: string; level?: 1 | 2 };

/** The text of a 404: what happened and the way back. */
export default function NotFoundPanel({ locale, title, body, back, href, level = 1 }: Props) {
  const Heading = level === 1 ? 'h1' : 'h2';
  return (
    <section lang={locale}>
      <p className="text-sm font-semibold tracking-widest text-teal-800 dark:text-teal-300">404</p>
      <Heading className="mt-2 text-3xl font-bold">{title}</Heading>
      <p className="mt-4 text-stone-700 dark:text-stone-300">{body}</p>
      <a
        href={href}
        className="mt-8 inline-block rounded-md bg-teal-800 px-4 py-2 font-medium text-white hover:bg-teal-900 focus-visible:outline-3 focus-visible:outline-offset-2 focus-visible:outline-teal-600"
      >
        {back}
      </a>
    </section>
  );
}
