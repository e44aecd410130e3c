import { notFound } from 'next/navigation';

// Any path under a supported locale that no route serves: the localized 404.
export default function CatchAll() {
  notFound();
}
